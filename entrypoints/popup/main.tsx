import { mountQueue } from '../../components/QueueApp';
import './style.css';

mountQueue('popup');
