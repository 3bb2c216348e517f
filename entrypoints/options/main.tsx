import { render } from 'preact';
import { OptionsApp } from '../../src/ui/options/options-app';
import '../../src/ui/shared/theme.css';
import '../../src/ui/options/options.css';
import { createBrowserEnvironment } from './browser-environment';

const root = document.getElementById('app');
if (root) render(<OptionsApp env={createBrowserEnvironment()} />, root);
