/**
 * Every string the popup, options page and background show, in one table. Keys follow the
 * browser i18n API's rules (letters, digits, `_`) and placeholders are `$1`, `$2`, so moving this
 * table to `_locales/en/messages.json` and `t` to `browser.i18n.getMessage` is mechanical.
 */
export const UI_STRINGS = {
  // Background
  menuAddSelection: 'Add “%s” to the Dossier watchlist',
  menuHighlightOnSite: 'Highlight on this site',
  commandToggleSite: 'Switch highlighting on this site on or off',
  commandNextMention: 'Go to the next mention',

  // Popup: controls
  popupTitle: 'Dossier',
  highlightOnHost: 'Highlight on $1',
  pauseEverywhere: 'Pause everywhere',
  openOptions: 'Options',
  openOptionsLabel: 'Open Dossier options',

  // Popup: states
  stateLoading: 'Reading this page…',
  stateScanning: 'Scanning this page…',
  stateBrowserPage: 'Dossier can’t run on this page: browsers keep extensions off their own pages.',
  stateWebStore: 'Dossier can’t run on this page: browsers keep extensions off their add-on stores.',
  statePdfViewer: 'Dossier can’t read PDF files in the browser’s PDF viewer.',
  stateNotLoaded: 'Dossier isn’t running in this tab yet. Reload the page to start it.',
  stateDisabled: 'Highlighting is off on $1.',
  statePaused: 'Dossier is paused everywhere.',
  stateOverBudget: 'This page is too large or changes too often: Dossier stopped scanning it to keep it fast. Results may be incomplete.',
  stateNothingFound: 'No one from your watchlist is mentioned on this page.',
  addNameLabel: 'Add a name to your watchlist',
  addNamePlaceholder: 'e.g. Wang Yi',
  addNameButton: 'Add',
  addNameAdded: 'Added “$1”. Dossier is looking for it on this page.',
  addNameExists: '“$1” is already on your watchlist.',
  addNameEmpty: 'Type a name first.',
  addNameTooLong: 'That is too long for a name.',
  saveFailed: 'Could not save: $1',

  // Popup: article
  readingTime: '$1 min read',
  untitled: 'Untitled page',
  sectionSummary: 'Summary',
  sectionOnThisPage: 'On this page',
  sectionQuotes: 'Quotes',
  sectionBackground: 'Background',
  mentionCount: '$1×',
  mentionCountLabel: '$1 mentions; show the first',
  firstMention: 'First mention',
  whatThePageSays: 'What the page says',
  quotesFilter: 'Quotes about',
  quotesFilterAll: 'anyone',
  quotesNone: 'No direct quotes on this page.',
  quotesNoneAbout: 'No quotes about $1 on this page.',
  unknownSpeaker: 'Speaker not given',
  confidenceHigh: 'sure',
  confidenceHighLabel: 'Attribution is clear from the text',
  confidenceLow: 'check',
  confidenceLowLabel: 'Attribution is a guess: check the article',
  inSentence: 'In context',
  copyCitation: 'Copy as citation',
  copied: 'Copied',
  copyFailed: 'Could not copy',
  noNotes: 'No background notes for this entity yet.',
  source: 'Source: $1',
} as const;

export type StringKey = keyof typeof UI_STRINGS;

/** The string for `key`, with `$1`, `$2`, … replaced by `substitutions`. */
export function t(key: StringKey, ...substitutions: (string | number)[]): string {
  return UI_STRINGS[key].replace(/\$(\d)/g, (whole, digit: string) => {
    const value = substitutions[Number(digit) - 1];
    return value === undefined ? whole : String(value);
  });
}
