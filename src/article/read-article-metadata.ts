import type { ArticleMetadata } from './article-metadata';
import { articleTitleFromPageTitle, chooseJsonLdTitle, readPageTitle } from './article-title';
import { cleanMetaText } from './clean-meta-text';
import { readDocumentLanguage } from './document-language';
import { readJsonLdArticle, type JsonLdArticle } from './json-ld-article';
import { allMetaValues, firstMetaValue, readMetaTags, type MetaTags } from './meta-tags';
import { normalizePublishedDate } from './normalize-published-date';
import { readPublishedFromMarkup } from './published-from-markup';
import {
  DEFAULT_MAX_ELEMENTS_FOR_READABILITY,
  readReadabilityFields,
  type ReadabilityFields,
} from './readability-fields';
import { siteNameFromUrl } from './site-name-from-url';

export interface ReadArticleMetadataOptions {
  /** Pages with more elements than this skip Readability and rely on meta tags alone (0: always skip). */
  maxElementsForReadability?: number;
}

/**
 * The article header of a page: title, byline, site name, published date, language and excerpt.
 *
 * Cheap sources first: the page's JSON-LD and meta tags, in the order Readability itself trusts them
 * (JSON-LD, then Dublin Core, Open Graph, plain names, Twitter, Parse.ly), and the title from
 * `<title>` by Readability's rule. Readability's full parse costs a clone of the document and a pass
 * over the whole body (about 20 ms a page on average in Node and often more in a browser, against
 * 2 ms without it; see readability-fields.ts), so it runs only when one of the two fields it is
 * better at is still missing: a byline it finds in the body, an excerpt it takes from the article's
 * first paragraph. Then markup fallbacks (`itemprop`, `<time datetime>`, `<html lang>`) and the
 * URL's host. A caller that must not block, such as a first pass in a content script, can pass
 * `maxElementsForReadability: 0` to skip the parse.
 *
 * Never throws, and never changes `doc`.
 */
export function readArticleMetadata(
  doc: Document,
  url?: string | null,
  options: ReadArticleMetadataOptions = {},
): ArticleMetadata {
  try {
    return readOrThrow(doc, url ?? null, options);
  } catch {
    // Guards against a document odd enough to break a DOM call we did not foresee.
    return { title: null, byline: null, siteName: siteNameFromUrl(url ?? null), published: null, lang: null, excerpt: null };
  }
}

/**
 * Whether reading this page's header runs Readability's parse: its JSON-LD and meta tags lack a
 * byline or an excerpt. A caller that skipped the parse knows from this whether the header it got
 * is the whole one.
 */
export function headerNeedsReadability(doc: Document): boolean {
  try {
    const { byline, excerpt } = declaredHeader(doc);
    return byline === null || excerpt === null;
  } catch {
    // As readArticleMetadata: a document odd enough to break a DOM call gets no parse either.
    return false;
  }
}

/** The header as the page declares it in JSON-LD and meta tags, before Readability and the markup fallbacks. */
function declaredHeader(doc: Document) {
  const meta = readMetaTags(doc);
  const jsonLd = readJsonLdArticle(doc);
  return { meta, jsonLd, byline: jsonLd?.byline ?? metaAuthor(meta), excerpt: jsonLd?.excerpt ?? metaValue(meta, EXCERPT_KEYS) };
}

function readOrThrow(doc: Document, url: string | null, options: ReadArticleMetadataOptions): ArticleMetadata {
  const declared = declaredHeader(doc);
  const { meta, jsonLd } = declared;

  const title =
    chooseJsonLdTitle(jsonLd, readPageTitle(doc)) ?? metaValue(meta, TITLE_KEYS) ?? articleTitleFromPageTitle(doc);
  let { byline, excerpt } = declared;

  if (byline === null || excerpt === null) {
    const readability = readReadabilityFields(doc, options.maxElementsForReadability ?? DEFAULT_MAX_ELEMENTS_FOR_READABILITY);
    byline ??= clean(readability, 'byline');
    excerpt ??= clean(readability, 'excerpt');
  }

  return {
    title,
    byline: byline ?? bylineFromMarkup(doc),
    siteName: jsonLd?.siteName ?? metaValue(meta, ['og:site_name']) ?? applicationName(meta) ?? siteNameFromUrl(url),
    published: normalizePublishedDate(publishedRaw(jsonLd, meta, doc)),
    lang: readDocumentLanguage(doc, meta, jsonLd?.lang ?? null),
    excerpt: excerpt ?? firstParagraph(doc),
  };
}

const TITLE_KEYS = [
  'dc:title',
  'dcterm:title',
  'dcterms:title',
  'og:title',
  'weibo:article:title',
  'weibo:webpage:title',
  'title',
  'twitter:title',
  'parsely-title',
];
const AUTHOR_KEYS = ['dc:creator', 'dcterm:creator', 'dcterms:creator', 'author', 'parsely-author'];
const EXCERPT_KEYS = [
  'dc:description',
  'dcterm:description',
  'dcterms:description',
  'og:description',
  'weibo:article:description',
  'weibo:webpage:description',
  'description',
  'twitter:description',
];
const PUBLISHED_KEYS = [
  'article:published_time',
  'parsely-pub-date',
  'itemprop:datepublished',
  'og:published_time',
  'dc:date:issued',
  'dcterms:issued',
  'dc:date',
  'dcterms:date',
  'dcterms:created',
  'date',
  'pubdate',
  'publish-date',
  'sailthru:date',
];

function metaValue(meta: MetaTags, keys: readonly string[]): string | null {
  return cleanMetaText(firstMetaValue(meta, keys));
}

/** Several author tags are several authors: all of them, joined as JSON-LD author lists are. */
function metaAuthor(meta: MetaTags): string | null {
  const names = allMetaValues(meta, AUTHOR_KEYS)
    .map(cleanMetaText)
    .filter((name): name is string => name !== null);
  // "Last, First" names cannot be told apart when joined by commas, so they are joined by semicolons.
  if (names.length > 0) return names.join(names.some((name) => name.includes(',')) ? '; ' : ', ');
  // article:author is meant to be a profile URL; some pages put the name there instead.
  const articleAuthor = metaValue(meta, ['article:author']);
  return articleAuthor && !/^https?:\/\//i.test(articleAuthor) ? articleAuthor : null;
}

/** A web app's name is usually the site's, sometimes with a tagline after a dash, which is dropped. */
function applicationName(meta: MetaTags): string | null {
  const name = metaValue(meta, ['application-name']);
  return name?.split(/ [|\-–—:] /)[0]?.trim() || null;
}

function publishedRaw(jsonLd: JsonLdArticle | null, meta: MetaTags, doc: Document): string | null {
  return jsonLd?.published ?? metaValue(meta, PUBLISHED_KEYS) ?? readPublishedFromMarkup(doc);
}

function clean(fields: ReadabilityFields | null, key: keyof ReadabilityFields): string | null {
  return fields ? cleanMetaText(fields[key]) : null;
}

/**
 * Only reached when Readability could not run or found nothing: the author's name as schema.org
 * microdata marks it, else a link marked rel="author". A long text is a whole author box, not a name.
 */
function bylineFromMarkup(doc: Document): string | null {
  for (const selector of ['[itemprop~="author"] [itemprop~="name"]', '[itemprop~="author"]', 'a[rel~="author"]']) {
    const element = doc.querySelector(selector);
    const text = cleanMetaText(element?.getAttribute('content') ?? element?.textContent ?? null);
    if (text !== null && text.length <= 100) return text;
  }
  return null;
}

/** The first paragraph long enough to say something, in the article when the page marks one. */
function firstParagraph(doc: Document): string | null {
  const scope = doc.querySelector('article') ?? doc.querySelector('main') ?? doc.body;
  if (!scope) return null;
  for (const paragraph of Array.from(scope.getElementsByTagName('p')).slice(0, 50)) {
    const text = cleanMetaText(paragraph.textContent);
    if (text !== null && text.length >= 80) return text;
  }
  return null;
}
