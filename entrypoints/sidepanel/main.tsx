import { mountQueue } from '../../components/QueueApp';
import '../popup/style.css';

mountQueue('sidepanel');
