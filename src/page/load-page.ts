/**
 * Turns a saved page (HTML, or plain text with optional `URL:`/`TITLE:` header lines) into a DOM
 * document, so the CLI and the tests run the same engine the content script runs in the browser.
 */
import { parseHTML } from 'linkedom';

export interface LoadedPage {
  document: Document;
  url: string | null;
}

export class PageLoadError extends Error {
  override name = 'PageLoadError';
}

/** Parses a saved HTML page. The URL comes from the canonical link or og:url when the page has one. */
export function loadHtmlPage(html: string): LoadedPage {
  const { document } = parseHTML(html);
  return { document: document as unknown as Document, url: pageUrlOf(document as unknown as Document) };
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
  return { document: doc, url };
}

/** Chooses the loader by file name, or by sniffing the content when the name says nothing. */
export function loadPage(fileName: string, bytes: Uint8Array): LoadedPage {
  if (looksBinary(bytes)) throw new PageLoadError(`${fileName} is a binary file, not an HTML or text page`);
  const text = new TextDecoder('utf-8').decode(bytes);
  const extension = /\.([a-z0-9]+)$/i.exec(fileName)?.[1]?.toLowerCase() ?? '';
  if (extension === 'html' || extension === 'htm' || extension === 'xhtml') {
    if (!looksLikeHtml(text)) throw new PageLoadError(`${fileName} does not contain HTML`);
    return loadHtmlPage(text);
  }
  if (extension === 'txt' || extension === 'text') return loadTextPage(text);
  if (extension === '' && looksLikeHtml(text)) return loadHtmlPage(text);
  if (extension === '') return loadTextPage(text);
  throw new PageLoadError(`${fileName}: expected an .html or .txt page, not .${extension}`);
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
