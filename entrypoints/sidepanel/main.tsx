/** The side panel (Chrome `side_panel`, Firefox `sidebar_action`): the dossier page's app, narrow. */
import { render } from 'preact';
import { browser } from 'wxt/browser';
import { setMessageLookup } from '../../src/i18n/strings';
import { DossierApp } from '../../src/ui/dossier/dossier-app';
import { localiseDocument } from '../../src/ui/shared/localise-document';
import '../../src/ui/shared/theme.css';
import '../../src/ui/dossier/dossier.css';
import { createBrowserEnvironment } from '../dossier/browser-environment';

setMessageLookup((key, substitutions) => browser.i18n.getMessage(key, substitutions));
localiseDocument(document, 'dossierTitle');
// The panel is narrow: the app's layout tightens under this class.
document.body.classList.add('dossier-side-panel');

const root = document.getElementById('app');
if (root) render(<DossierApp env={createBrowserEnvironment()} />, root);
