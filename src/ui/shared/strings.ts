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
} as const;

export type StringKey = keyof typeof UI_STRINGS;

/** The string for `key`, with `$1`, `$2`, … replaced by `substitutions`. */
export function t(key: StringKey, ...substitutions: (string | number)[]): string {
  return UI_STRINGS[key].replace(/\$(\d)/g, (whole, digit: string) => {
    const value = substitutions[Number(digit) - 1];
    return value === undefined ? whole : String(value);
  });
}
