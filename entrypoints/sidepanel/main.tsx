import { mountQueue } from '../../components/queue/QueueApp';
import '../popup/style.css';

mountQueue('sidepanel');
