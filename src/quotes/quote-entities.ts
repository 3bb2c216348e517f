/** Links a quote to watchlist entities: by its speaker, and by what the quote and its sentence mention. */
import type { Mention } from '../matching/mention';
import type { Span } from '../text/span';
import { enabledEntities, type Catalog } from '../catalog/entity';
import { partitionPoint } from '../text/partition-point';

export interface EntityLinks {
  /**
   * The entity that spoke: a mention where the speaker stands on the page, else an entity found on
   * the page whose name or surname is the speaker's ("Kirby" → the entity "John Kirby").
   */
  speakerEntityIdOf(speaker: string, speakerSpan: Span | null): string | null;
  /** Entities the quote or its sentence mentions, in order of first mention; the speaker's own mention excluded. */
  aboutEntityIdsOf(quote: Span, sentence: Span, speakerSpan: Span | null): string[];
}

function simplify(name: string): string {
  return name
    .toLowerCase()
    .replace(/[’']s$/u, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Prepared once per page, so each quote costs a binary search, not a scan of every mention. */
export function entityLinks(mentions: Mention[], catalog: Catalog): EntityLinks {
  const sorted = [...mentions].sort((a, b) => a.start - b.start);
  const onPage = new Set(mentions.map((mention) => mention.entityId));
  const candidates = enabledEntities(catalog)
    .filter((entity) => onPage.has(entity.id))
    .map((entity) => ({
      entity,
      names: [entity.label, ...entity.aliases, ...entity.contextualAliases].map(simplify),
    }));

  /** Mentions overlapping `span`, in text order. */
  function mentionsIn(span: Span): Mention[] {
    // Mentions are short, so any overlap starts less than 200 characters before the span.
    const from = span.start - 200;
    const low = partitionPoint(sorted, (mention) => mention.start < from);
    const found: Mention[] = [];
    for (let i = low; i < sorted.length && sorted[i]!.start < span.end; i++) {
      const mention = sorted[i]!;
      if (mention.end > span.start) found.push(mention);
    }
    return found;
  }

  return {
    speakerEntityIdOf(speaker, speakerSpan) {
      if (speakerSpan) {
        const [mention] = mentionsIn(speakerSpan);
        if (mention) return mention.entityId;
      }
      const wanted = simplify(speaker);
      const wantedLast = wanted.split(' ').at(-1) ?? wanted;
      for (const { entity, names } of candidates) {
        if (names.includes(wanted)) return entity.id;
        if (entity.kind === 'person' && wantedLast.length > 2 && names.some((name) => name.split(' ').at(-1) === wantedLast)) {
          return entity.id;
        }
      }
      return null;
    },
    aboutEntityIdsOf(quote, sentence, speakerSpan) {
      const scope = { start: Math.min(quote.start, sentence.start), end: Math.max(quote.end, sentence.end) };
      const ids: string[] = [];
      for (const mention of mentionsIn(scope)) {
        if (speakerSpan && mention.start < speakerSpan.end && speakerSpan.start < mention.end) continue;
        if (!ids.includes(mention.entityId)) ids.push(mention.entityId);
      }
      return ids;
    },
  };
}
