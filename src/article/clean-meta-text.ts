/**
 * Text from a meta tag, a JSON-LD value or an element, made fit for the article header: many sites
 * escape their meta values twice ("&amp;amp;"), so the entities left after HTML parsing are decoded
 * once more; runs of whitespace become one space; empty becomes null.
 */
export function cleanMetaText(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const cleaned = decodeLeftoverEntities(value).replace(/\s+/g, ' ').trim();
  return cleaned === '' ? null : cleaned;
}

const NAMED_ENTITIES: Record<string, string> = {
  quot: '"',
  amp: '&',
  apos: "'",
  lt: '<',
  gt: '>',
  nbsp: '\u00a0',
};

function decodeLeftoverEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text
    .replace(/&(quot|amp|apos|lt|gt|nbsp);/g, (_, name: string) => NAMED_ENTITIES[name] ?? _)
    .replace(/&#(?:x([0-9a-f]+)|([0-9]+));/gi, (_, hex: string | undefined, decimal: string | undefined) => {
      const codePoint = hex ? parseInt(hex, 16) : parseInt(decimal ?? '', 10);
      // The code points an HTML parser would refuse become the replacement character, as there.
      const valid =
        Number.isFinite(codePoint) && codePoint > 0 && codePoint <= 0x10ffff && !(codePoint >= 0xd800 && codePoint <= 0xdfff);
      return String.fromCodePoint(valid ? codePoint : 0xfffd);
    });
}
