import { render } from 'preact';
import { PopupApp } from '../../src/ui/popup/popup-app';
import '../../src/ui/shared/theme.css';
import '../../src/ui/popup/popup.css';
import { createBrowserEnvironment } from './browser-environment';

const root = document.getElementById('app');
if (root) void createBrowserEnvironment(location.search).then((env) => render(<PopupApp env={env} />, root));
