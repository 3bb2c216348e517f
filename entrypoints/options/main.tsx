import { render } from 'preact';
import { browser } from 'wxt/browser';
import { OptionsApp } from '../../src/ui/options/options-app';
import { localiseDocument } from '../../src/ui/shared/localise-document';
import { setMessageLookup } from '../../src/i18n/strings';
import '../../src/ui/shared/theme.css';
import '../../src/ui/options/options.css';
import { createBrowserEnvironment } from './browser-environment';

setMessageLookup((key, substitutions) => browser.i18n.getMessage(key, substitutions));
localiseDocument(document, 'optionsTitle');

const root = document.getElementById('app');
if (root) render(<OptionsApp env={createBrowserEnvironment()} />, root);
