/**
 * Every string the popup, options page and background show goes through `t`. The catalogues live
 * where the browser's i18n API reads them, `public/_locales/<lang>/messages.json`; the entrypoint
 * hands `t` the browser's lookup, so this module stays free of extension APIs. The English
 * catalogue is compiled in as the fallback: for Node tests, and for a key the browser cannot find.
 */
import english from '../../public/_locales/en/messages.json';

export type StringKey = keyof typeof english;

/** `browser.i18n.getMessage`'s shape: the message in the browser's UI language, or '' if unknown. */
export type MessageLookup = (key: StringKey, substitutions?: string[]) => string;

let lookup: MessageLookup | undefined;

/** Called once by each entrypoint before it renders, with `browser.i18n.getMessage`. */
export function setMessageLookup(next: MessageLookup | undefined): void {
  lookup = next;
}

/** The string for `key` in the UI language, with `$1`, `$2`, … replaced by `substitutions`. */
export function t(key: StringKey, ...substitutions: (string | number)[]): string {
  const values = substitutions.map(String);
  return lookup?.(key, values) || substitute(english[key].message, values);
}

/** The browser's own rule for messages without named placeholders: `$n` is the n-th value, `$$` is `$`. */
export function substitute(message: string, values: readonly string[]): string {
  return message.replace(/\$(\$|[1-9])/g, (whole, mark: string) => {
    if (mark === '$') return '$';
    return values[Number(mark) - 1] ?? whole;
  });
}
