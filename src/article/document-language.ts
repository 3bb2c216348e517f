import { cleanMetaText } from './clean-meta-text';
import { firstMetaValue, type MetaTags } from './meta-tags';

/**
 * The page's language: `<html lang>` (or `xml:lang`) as the page wrote it, which is what Readability
 * reports; else the Content-Language header a page may repeat in a meta tag, the JSON-LD
 * `inLanguage`, or the Open Graph locale ("de_DE" → "de-DE").
 */
export function readDocumentLanguage(doc: Document, meta: MetaTags, jsonLdLanguage: string | null): string | null {
  const root = doc.documentElement;
  const declared = cleanMetaText(root?.getAttribute('lang') ?? null) ?? cleanMetaText(root?.getAttribute('xml:lang') ?? null);
  if (declared) return declared;
  // Content-Language may list several languages; the first is the main one.
  const header = cleanMetaText(firstMetaValue(meta, ['http-equiv:content-language', 'content-language', 'language', 'dc:language']))
    ?.split(',')[0]
    ?.trim();
  const candidate = header || jsonLdLanguage || cleanMetaText(firstMetaValue(meta, ['og:locale']));
  return candidate ? canonicalLanguageTag(candidate) : null;
}

function canonicalLanguageTag(tag: string): string | null {
  try {
    return Intl.getCanonicalLocales(tag.replace(/_/g, '-'))[0] ?? null;
  } catch {
    // Not a language tag at all ("English", "x"): better none than a wrong one.
    return null;
  }
}
