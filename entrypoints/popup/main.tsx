import { mountQueue } from '../../components/queue/QueueApp';
import './style.css';

mountQueue('popup');
