/**
 * An extension page speaks the language of the catalogue the browser chose: screen readers need
 * `lang` to pronounce it, and the window title is the first thing they read.
 */
import { t, type StringKey } from '../../i18n/strings';

export function localiseDocument(document: Document, titleKey: StringKey): void {
  document.documentElement.lang = t('lang');
  document.title = t(titleKey);
}
