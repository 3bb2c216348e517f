/** Links a quote to watchlist entities: by its speaker, and by what the quote and its sentence mention. */
import type { Mention, Span } from '../analysis/types';
import type { Catalog } from '../catalog/entity';

function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

function simplify(name: string): string {
  return name
    .toLowerCase()
    .replace(/[’']s$/u, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/**
 * The entity that spoke: a mention where the speaker stands on the page, else an entity found on
 * the page whose name or surname is the speaker's ("Peskov" → the entity "Dmitry Peskov").
 */
export function speakerEntityIdOf(speaker: string, speakerSpan: Span | null, mentions: Mention[], catalog: Catalog): string | null {
  if (speakerSpan) {
    const mention = mentions.find((candidate) => overlaps(candidate, speakerSpan));
    if (mention) return mention.entityId;
  }
  const onPage = new Set(mentions.map((mention) => mention.entityId));
  const wanted = simplify(speaker);
  const wantedLast = wanted.split(' ').at(-1) ?? wanted;
  for (const entity of catalog) {
    if (entity.enabled === false || !onPage.has(entity.id)) continue;
    const names = [entity.label, ...entity.aliases, ...entity.contextualAliases].map(simplify);
    if (names.includes(wanted)) return entity.id;
    if (entity.kind === 'person' && names.some((name) => name.split(' ').at(-1) === wantedLast && wantedLast.length > 2)) {
      return entity.id;
    }
  }
  return null;
}

/** Entities the quote or its sentence mentions, in order of first mention; the speaker's own mention excluded. */
export function aboutEntityIdsOf(quote: Span, sentence: Span, speakerSpan: Span | null, mentions: Mention[]): string[] {
  const scope = { start: Math.min(quote.start, sentence.start), end: Math.max(quote.end, sentence.end) };
  const ids: string[] = [];
  for (const mention of mentions) {
    if (!overlaps(mention, scope)) continue;
    if (speakerSpan && overlaps(mention, speakerSpan)) continue;
    if (!ids.includes(mention.entityId)) ids.push(mention.entityId);
  }
  return ids;
}
