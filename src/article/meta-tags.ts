/**
 * Every `<meta>` value of a document, by a normalised key, so the metadata rules can ask for
 * "og:title" or "dc:creator" without caring how the page spelled it:
 * - `property` may hold several space-separated names ("og:title twitter:title");
 * - `name` is lower-cased and dots become colons ("DC.creator" → "dc:creator");
 * - `itemprop` values are kept under "itemprop:" + the lower-cased property;
 * - `http-equiv` values under "http-equiv:" + the lower-cased header name.
 * When a key comes both in `property` and in another attribute ("dc:title"), the `property` values
 * are kept and the others dropped, because `property` is the attribute RDFa and Open Graph define.
 * Values keep page order, so several authors stay in the order the page lists them.
 */
export type MetaTags = ReadonlyMap<string, readonly string[]>;

export function readMetaTags(doc: Document): MetaTags {
  const fromProperty = new Map<string, string[]>();
  const fromOtherAttributes = new Map<string, string[]>();
  const addTo = (tags: Map<string, string[]>, key: string, content: string) => {
    const values = tags.get(key);
    if (values) values.push(content);
    else tags.set(key, [content]);
  };
  const add = (key: string, content: string) => addTo(fromOtherAttributes, key, content);
  for (const meta of Array.from(doc.getElementsByTagName('meta'))) {
    const content = meta.getAttribute('content')?.trim();
    if (!content) continue;
    for (const property of (meta.getAttribute('property') ?? '').toLowerCase().split(/\s+/)) {
      if (property) addTo(fromProperty, property, content);
    }
    const name = meta.getAttribute('name')?.trim().toLowerCase();
    if (name) add(name.replace(/\s+/g, '').replace(/\./g, ':'), content);
    const itemprop = meta.getAttribute('itemprop')?.trim().toLowerCase();
    if (itemprop) for (const prop of itemprop.split(/\s+/)) add(`itemprop:${prop}`, content);
    const httpEquiv = meta.getAttribute('http-equiv')?.trim().toLowerCase();
    if (httpEquiv) add(`http-equiv:${httpEquiv}`, content);
  }
  for (const [key, values] of fromOtherAttributes) {
    if (!fromProperty.has(key)) fromProperty.set(key, values);
  }
  return fromProperty;
}

/** The first value of the first key the page has, in the order of `keys`. */
export function firstMetaValue(tags: MetaTags, keys: readonly string[]): string | null {
  for (const key of keys) {
    const value = tags.get(key)?.[0];
    if (value) return value;
  }
  return null;
}

/** Every distinct value of the first key the page has, in the order of `keys`. */
export function allMetaValues(tags: MetaTags, keys: readonly string[]): readonly string[] {
  for (const key of keys) {
    const values = tags.get(key);
    if (values && values.length > 0) return [...new Set(values)];
  }
  return [];
}
