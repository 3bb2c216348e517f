/**
 * The dossier as JSON: everything, pages with their quotes, read back exactly (export → import
 * gives the same record). Reading checks every field, so a broken or foreign file is refused with
 * a clear message before anything is written, and one bad page is skipped with its reason.
 */
import type { PageRecord, PageVisit, QuoteRecord } from '../types';

export const DOSSIER_JSON_FORMAT = 'dossier-record';
export const DOSSIER_JSON_VERSION = 1;
/** Larger files are refused before parsing: a record of 100,000 quotes is about 60 MB. */
export const MAX_IMPORT_BYTES = 256 * 1024 * 1024;

export interface DossierJson {
  format: typeof DOSSIER_JSON_FORMAT;
  version: number;
  exportedAt: string;
  pages: (PageRecord & { quotes: Omit<QuoteRecord, 'pageUrl'>[] })[];
}

export class DossierImportError extends Error {
  override name = 'DossierImportError';
}

export interface ParsedImport {
  visits: PageVisit[];
  /** Pages left out, with why: the rest still imports. */
  rejected: { index: number; reason: string }[];
}

export function toDossierJson(visits: readonly PageVisit[], exportedAt: Date): string {
  const document: DossierJson = {
    format: DOSSIER_JSON_FORMAT,
    version: DOSSIER_JSON_VERSION,
    exportedAt: exportedAt.toISOString(),
    pages: visits.map(({ page, quotes }) => ({ ...page, quotes: quotes.map(({ pageUrl: _url, ...quote }) => quote) })),
  };
  return JSON.stringify(document, null, 1);
}

export function parseDossierJson(text: string, maxBytes = MAX_IMPORT_BYTES): ParsedImport {
  if (text.length > maxBytes) {
    throw new DossierImportError(`the file is ${megabytes(text.length)} MB; the largest dossier that can be imported is ${megabytes(maxBytes)} MB (nothing was imported)`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    throw new DossierImportError('the file is not valid JSON, or is cut short (nothing was imported)');
  }
  if (!isObject(json) || json.format !== DOSSIER_JSON_FORMAT || !Array.isArray(json.pages)) {
    throw new DossierImportError('this is not a dossier export: it has no "format": "dossier-record" and "pages" (nothing was imported)');
  }
  if (typeof json.version !== 'number' || json.version > DOSSIER_JSON_VERSION) {
    throw new DossierImportError(`this dossier export is version ${String(json.version)}; this Dossier reads version ${DOSSIER_JSON_VERSION} (nothing was imported)`);
  }
  const visits: PageVisit[] = [];
  const rejected: ParsedImport['rejected'] = [];
  json.pages.forEach((entry: unknown, index: number) => {
    const problem = pageProblem(entry);
    if (problem) rejected.push({ index, reason: problem });
    else visits.push(readVisit(entry as DossierJson['pages'][number]));
  });
  return { visits, rejected };
}

function megabytes(chars: number): string {
  return (chars / 1024 / 1024).toFixed(0);
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const isStringOrNull = (value: unknown) => value === null || typeof value === 'string';
const isTime = (value: unknown) => typeof value === 'number' && Number.isFinite(value);

/** Each field a page must have, with the check it must pass: the rules as data. */
const PAGE_FIELDS: [string, (value: unknown) => boolean][] = [
  ['url', (value) => typeof value === 'string' && value.trim() !== ''],
  ['title', isStringOrNull],
  ['site', (value) => typeof value === 'string'],
  ['byline', isStringOrNull],
  ['published', isStringOrNull],
  ['lang', isStringOrNull],
  ['firstVisit', isTime],
  ['lastVisit', isTime],
  ['mentionCounts', (value) => isObject(value) && Object.values(value).every((count) => typeof count === 'number' && count >= 0)],
  ['quotes', Array.isArray],
];

const QUOTE_FIELDS: [string, (value: unknown) => boolean][] = [
  ['text', (value) => typeof value === 'string' && value.trim() !== ''],
  ['speaker', isStringOrNull],
  ['speakerEntityId', isStringOrNull],
  ['aboutEntityIds', (value) => Array.isArray(value) && value.every((id) => typeof id === 'string')],
  ['confidence', (value) => typeof value === 'number' && value >= 0 && value <= 1],
  ['sentence', (value) => typeof value === 'string'],
];

function pageProblem(entry: unknown): string | null {
  if (!isObject(entry)) return 'not a page object';
  for (const [field, valid] of PAGE_FIELDS) if (!valid(entry[field])) return `"${field}" is missing or invalid`;
  const quotes = entry.quotes as unknown[];
  for (let i = 0; i < quotes.length; i++) {
    const quote = quotes[i];
    if (!isObject(quote)) return `quote ${i + 1} is not an object`;
    for (const [field, valid] of QUOTE_FIELDS) if (!valid(quote[field])) return `quote ${i + 1}: "${field}" is missing or invalid`;
  }
  return null;
}

function readVisit(entry: DossierJson['pages'][number]): PageVisit {
  const page: PageRecord = {
    url: entry.url, title: entry.title, site: entry.site, byline: entry.byline, published: entry.published, lang: entry.lang,
    firstVisit: entry.firstVisit, lastVisit: entry.lastVisit, mentionCounts: { ...entry.mentionCounts },
  };
  const quotes = entry.quotes.map((quote): QuoteRecord => ({
    pageUrl: page.url, text: quote.text, speaker: quote.speaker, speakerEntityId: quote.speakerEntityId,
    aboutEntityIds: [...quote.aboutEntityIds], confidence: quote.confidence, sentence: quote.sentence,
  }));
  return { page, quotes };
}
