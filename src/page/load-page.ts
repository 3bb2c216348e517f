/**
 * Turns a saved page (HTML, or plain text with optional `URL:`/`TITLE:` header lines) into a DOM
 * document, so the CLI and the tests run the same engine the content script runs in the browser.
 */
import { parseHTML } from 'linkedom';
import { decodePage } from './decode-page';
import { countStartTags, formatMegabytes, PAGE_LIMITS } from './page-limits';

export interface LoadedPage {
  document: Document;
  url: string | null;
  /** What the reader should know about how the page was read (bad bytes), one line each. */
  warnings: string[];
}

export class PageLoadError extends Error {
  override name = 'PageLoadError';
}

/** Parses a saved HTML page. The URL comes from the canonical link or og:url when the page has one. */
export function loadHtmlPage(html: string): LoadedPage {
  const { document } = parseHTML(html);
  return { document: document as unknown as Document, url: pageUrlOf(document as unknown as Document), warnings: [] };
}

/**
 * Builds a page from plain text: optional header lines `URL: …` and `TITLE: …`, then paragraphs
 * separated by blank lines. The title goes into <title>, so it is metadata, not body text.
 */
export function loadTextPage(text: string): LoadedPage {
  const lines = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n').split('\n');
  let url: string | null = null;
  let title: string | null = null;
  while (lines.length > 0) {
    const header = /^(URL|TITLE):\s*(.*)$/i.exec(lines[0]!);
    if (!header) break;
    if (header[1]!.toUpperCase() === 'URL') url = header[2]!.trim() || null;
    else title = header[2]!.trim() || null;
    lines.shift();
  }
  const { document } = parseHTML('<!doctype html><html><head></head><body></body></html>');
  const doc = document as unknown as Document;
  if (title) {
    const titleElement = doc.createElement('title');
    titleElement.textContent = title;
    doc.head.appendChild(titleElement);
  }
  for (const paragraph of lines.join('\n').split(/\n\s*\n/)) {
    const trimmed = paragraph.trim();
    if (trimmed === '') continue;
    const p = doc.createElement('p');
    p.textContent = trimmed;
    doc.body.appendChild(p);
  }
  return { document: doc, url, warnings: [] };
}

/**
 * Chooses the loader by file name, or by sniffing the content when the name says nothing; decodes
 * the bytes as a browser would (see decode-page.ts) and refuses pages too big to analyse (page-limits.ts).
 */
export function loadPage(fileName: string, bytes: Uint8Array): LoadedPage {
  if (bytes.length > PAGE_LIMITS.maxFileBytes) {
    throw new PageLoadError(`${fileName} is ${formatMegabytes(bytes.length)}; Dossier reads pages up to ${formatMegabytes(PAGE_LIMITS.maxFileBytes)}`);
  }
  if (isBlank(bytes)) throw new PageLoadError(`${fileName} is empty: there is nothing to analyse`);
  if (looksBinary(bytes)) throw new PageLoadError(`${fileName} is a binary file, not an HTML or text page`);
  const extension = /\.([a-z0-9]+)$/i.exec(fileName)?.[1]?.toLowerCase() ?? '';
  const kind = pageKind(fileName, extension, bytes);
  const { text, warnings } = decodePage(bytes, kind);
  if (kind === 'html' && extension !== '' && !looksLikeHtml(text)) throw new PageLoadError(`${fileName} does not contain HTML`);
  if (kind === 'html') refuseTooManyElements(fileName, text);
  // Plain text is all body text: too much of it is refused before any paragraph is built.
  else refuseTooMuchText(fileName, text.length);
  const page = kind === 'html' ? loadHtmlPage(text) : loadTextPage(text);
  refuseTooMuchText(fileName, page.document.body?.textContent?.length ?? 0);
  return { ...page, warnings: [...warnings, ...page.warnings] };
}

function pageKind(fileName: string, extension: string, bytes: Uint8Array): 'html' | 'text' {
  if (extension === 'html' || extension === 'htm' || extension === 'xhtml') return 'html';
  if (extension === 'txt' || extension === 'text') return 'text';
  if (extension !== '') throw new PageLoadError(`${fileName}: expected an .html or .txt page, not .${extension}`);
  // No extension: the markup test reads only the first 64 KB, whose ASCII tags any encoding keeps.
  return looksLikeHtml(new TextDecoder('latin1').decode(bytes.subarray(0, 65536))) ? 'html' : 'text';
}

function refuseTooManyElements(fileName: string, html: string): void {
  if (countStartTags(html, PAGE_LIMITS.maxElements) > PAGE_LIMITS.maxElements) {
    throw new PageLoadError(`${fileName} has more than ${PAGE_LIMITS.maxElements.toLocaleString('en')} elements; Dossier reads pages up to that many`);
  }
}

function refuseTooMuchText(fileName: string, length: number): void {
  if (length > PAGE_LIMITS.maxTextCharacters) {
    throw new PageLoadError(
      `${fileName} has ${(length / 1e6).toFixed(1)} million characters of text; Dossier analyses pages up to ${PAGE_LIMITS.maxTextCharacters / 1e6} million`,
    );
  }
}

/** No bytes, or only whitespace (and a UTF-8 byte order mark): the same for every kind of page. */
function isBlank(bytes: Uint8Array): boolean {
  const start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  for (let i = start; i < bytes.length; i++) {
    const byte = bytes[i]!;
    if (byte !== 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d && byte !== 0x0c) return false;
  }
  return true;
}

function looksLikeHtml(text: string): boolean {
  return /<(?:!doctype\s+html|html|head|body|p|div|article|main|title|meta|h[1-6]|span|a)[\s>/]/i.test(text.slice(0, 65536));
}

/** NUL bytes or a high share of control characters in the first 8 KB: images, archives, executables. */
function looksBinary(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 8192);
  let control = 0;
  for (const byte of sample) {
    if (byte === 0) return true;
    if (byte < 9 || (byte > 13 && byte < 32)) control++;
  }
  return sample.length > 0 && control / sample.length > 0.1;
}

function pageUrlOf(doc: Document): string | null {
  const canonical = doc.querySelector('link[rel="canonical"]')?.getAttribute('href');
  const ogUrl = doc.querySelector('meta[property="og:url"]')?.getAttribute('content');
  for (const candidate of [canonical, ogUrl]) {
    if (candidate && /^https?:\/\//i.test(candidate.trim())) return candidate.trim();
  }
  return null;
}
