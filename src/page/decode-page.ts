/**
 * Bytes of a saved page to text, the way a browser decides: a byte order mark first, then (for HTML)
 * `<meta charset>` or `<meta http-equiv="Content-Type">` in the first 1,024 bytes, else UTF-8 — the
 * HTML Standard's sniffing algorithm, from html-encoding-sniffer. Saved pages carry no HTTP header,
 * and a page saved today is UTF-8 far more often than the standard's windows-1252 fallback.
 */
import sniffHtmlEncoding from 'html-encoding-sniffer';

export interface DecodedPage {
  text: string;
  /** The WHATWG name of the encoding used, e.g. `UTF-8`, `windows-1251`, `KOI8-R`. */
  encoding: string;
  /** Things the reader should know, one line each: bytes that were not valid in the encoding. */
  warnings: string[];
}

export function decodePage(bytes: Uint8Array, kind: 'html' | 'text'): DecodedPage {
  // For plain text only a byte order mark can say anything (the `xml` mode skips the meta prescan).
  const sniffed = sniffHtmlEncoding(bytes, { defaultEncoding: 'UTF-8', xml: kind === 'text' });
  const warnings: string[] = [];
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(sniffed);
  } catch {
    warnings.push(`the page declares the encoding ${sniffed}, which cannot be decoded here; read as UTF-8`);
    decoder = new TextDecoder('utf-8');
  }
  const text = decoder.decode(bytes);
  if (decoder.encoding === 'utf-8' && !isValidUtf8(bytes)) {
    warnings.push('the page has bytes that are not valid UTF-8; they are shown as � and may hide letters');
  }
  return { text, encoding: sniffed, warnings };
}

function isValidUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}
