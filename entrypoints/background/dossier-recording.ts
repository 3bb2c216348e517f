/**
 * The dossier in the background: each analysed page is recorded (or not, as the user's settings
 * say: src/dossier/recording) before its report is answered, so a worker stopped mid-record is
 * asked again by the page and loses nothing; and the hover card's "N more in your dossier" is
 * answered from here, as a web page's content script cannot open the extension's IndexedDB.
 */
import type { Browser } from 'wxt/browser';
import type { AnalysisReport } from '../../src/analysis/types';
import { canonicalUrl } from '../../src/dossier/canonical-url';
import { recordPage } from '../../src/dossier/recording/record-page';
import { openDossierStore as dossierStore } from '../../src/dossier/store/open-dossier-store';
import { toSpeakerHistoryAnswer, type SpeakerHistoryAnswer } from '../../src/messaging/dossier-messages';
import { loadSettings } from '../../src/settings/settings-store';

export async function recordAnalysedPage(report: AnalysisReport, sender: Browser.runtime.MessageSender, pageUrl: string | null): Promise<void> {
  try {
    const settings = await loadSettings();
    await recordPage(await dossierStore(), {
      tabUrl: sender.url ?? pageUrl ?? '',
      incognito: sender.tab?.incognito ?? false,
      topFrame: sender.frameId === 0,
      settings,
      report,
    }, Date.now());
  } catch (error) {
    // The page's report matters more than its record: a dossier that cannot be written never breaks the cards.
    console.warn('Dossier: the page could not be recorded', error);
  }
}

export async function speakerHistoryFor(entityId: string, pageUrl: string): Promise<SpeakerHistoryAnswer | null> {
  try {
    // The record keys a page by its address without fragment and tracking parameters: the same here.
    return toSpeakerHistoryAnswer(await (await dossierStore()).speakerHistory(entityId, canonicalUrl(pageUrl)));
  } catch {
    return null;
  }
}
