import { render } from 'preact';
import { browser } from 'wxt/browser';
import { PopupApp } from '../../src/ui/popup/popup-app';
import { localiseDocument } from '../../src/ui/shared/localise-document';
import { setMessageLookup } from '../../src/i18n/strings';
import '../../src/ui/shared/theme.css';
import '../../src/ui/popup/popup.css';
import { createBrowserEnvironment } from './browser-environment';

setMessageLookup((key, substitutions) => browser.i18n.getMessage(key, substitutions));
localiseDocument(document, 'popupTitle');

const root = document.getElementById('app');
if (root) void createBrowserEnvironment(location.search).then((env) => render(<PopupApp env={env} />, root));
