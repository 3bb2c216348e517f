import { cleanMetaText } from './clean-meta-text';

/** What a page's schema.org JSON-LD says about its article; each field null when it says nothing. */
export interface JsonLdArticle {
  /** The `headline` and `name` as given, so the caller can choose the one that fits the page title. */
  headline: string | null;
  name: string | null;
  byline: string | null;
  excerpt: string | null;
  siteName: string | null;
  published: string | null;
  lang: string | null;
}

type JsonObject = Record<string, unknown>;

/**
 * Schema.org's Article family (https://schema.org/Article), plus anything whose type name ends in
 * "Article" or "Posting", so new subtypes ("AnalysisNewsArticle", "LiveBlogPosting") need no update.
 */
const ARTICLE_TYPE = /(?:Article|Posting)$|^(?:Report|APIReference)$/;

/**
 * The first article object in the page's `application/ld+json` scripts. Pages wrap it in arrays and
 * `@graph`s, give `@type` as a string or an array, and point at authors and publishers by `@id`
 * elsewhere in the graph; all of that is followed. A script that is not valid JSON is skipped, never
 * thrown: real pages ship broken JSON-LD (trailing commas, HTML comments, CDATA markers).
 */
export function readJsonLdArticle(doc: Document): JsonLdArticle | null {
  for (const script of Array.from(doc.querySelectorAll('script[type]'))) {
    if (script.getAttribute('type')?.trim().toLowerCase() !== 'application/ld+json') continue;
    const parsed = parseJsonLoosely(script.textContent ?? '');
    if (parsed === undefined) continue;
    const nodes = collectNodes(parsed);
    const article = nodes.find((node) => typesOf(node).some((type) => ARTICLE_TYPE.test(type)));
    if (article) return describeArticle(article, indexById(nodes));
  }
  return null;
}

function parseJsonLoosely(source: string): unknown {
  const stripped = source
    .replace(/^\s*(?:<!--|<!\[CDATA\[)/, '')
    .replace(/(?:-->|\]\]>)\s*$/, '')
    .trim();
  if (stripped === '') return undefined;
  try {
    return JSON.parse(stripped);
  } catch {
    return undefined;
  }
}

/** Every object in a JSON-LD document, outermost first: top-level arrays and `@graph`s are opened. */
function collectNodes(value: unknown, into: JsonObject[] = [], depth = 0): JsonObject[] {
  // The depth bound keeps a hostile or cyclic-looking document from costing more than it is worth.
  if (depth > 4) return into;
  if (Array.isArray(value)) {
    for (const item of value) collectNodes(item, into, depth + 1);
  } else if (isObject(value)) {
    into.push(value);
    if ('@graph' in value) collectNodes(value['@graph'], into, depth + 1);
  }
  return into;
}

function indexById(nodes: readonly JsonObject[]): ReadonlyMap<string, JsonObject> {
  const byId = new Map<string, JsonObject>();
  for (const node of nodes) {
    const id = node['@id'];
    if (typeof id === 'string' && !byId.has(id)) byId.set(id, node);
  }
  return byId;
}

function describeArticle(article: JsonObject, byId: ReadonlyMap<string, JsonObject>): JsonLdArticle {
  const resolve = (value: unknown): unknown => {
    if (isObject(value) && typeof value['@id'] === 'string' && Object.keys(value).length === 1) {
      return byId.get(value['@id']) ?? value;
    }
    return value;
  };
  const isPartOf = resolve(article['isPartOf']);
  return {
    headline: cleanMetaText(article['headline']),
    name: cleanMetaText(article['name']),
    byline: namesOf(article['author'], resolve),
    excerpt: cleanMetaText(article['description']),
    siteName:
      namesOf(article['publisher'], resolve) ?? (isObject(isPartOf) ? cleanMetaText(isPartOf['name']) : null),
    published: cleanMetaText(article['datePublished']),
    lang: languageOf(article['inLanguage']),
  };
}

/** "A, B" from an author or publisher given as a string, an object with a name, or an array of them. */
function namesOf(value: unknown, resolve: (value: unknown) => unknown): string | null {
  const items = Array.isArray(value) ? value : [value];
  const names: string[] = [];
  for (const item of items.slice(0, 20)) {
    const resolved = resolve(item);
    const name = typeof resolved === 'string' ? resolved : isObject(resolved) ? resolved['name'] : null;
    const cleaned = cleanMetaText(name);
    // Some pages give an author as a profile URL only; a URL is not a name.
    if (cleaned && !/^https?:\/\//i.test(cleaned) && !names.includes(cleaned)) names.push(cleaned);
  }
  return names.length > 0 ? names.join(', ') : null;
}

/** `inLanguage` is a tag ("en-GB") or a schema.org Language object whose `alternateName` is the tag. */
function languageOf(value: unknown): string | null {
  const first = Array.isArray(value) ? value[0] : value;
  return isObject(first) ? cleanMetaText(first['alternateName']) : cleanMetaText(first);
}

function typesOf(node: JsonObject): string[] {
  const type = node['@type'];
  const types = Array.isArray(type) ? type : [type];
  return types.filter((t): t is string => typeof t === 'string').map((t) => t.replace(/^(?:https?:\/\/)?schema\.org\//, ''));
}

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
