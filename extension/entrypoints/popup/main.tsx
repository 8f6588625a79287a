import { mountPopup } from '../../components/popup/mount-popup';
import '../../styles/popup.css';

// Wiring only: what the popup does at start is in components/popup/mount-popup.tsx.
mountPopup(document.getElementById('app') as HTMLElement);
