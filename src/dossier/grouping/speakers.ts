/**
 * Who the sources of a statement name. Sources naming one person count as one speaker: by watchlist
 * entity where the page resolved one, else by name, a bare surname joining the full name that ends
 * with it ("Kirby" and "John Kirby").
 */
import { foldText } from '../fold-text';

export interface NamedSource {
  speaker: string | null;
  speakerEntityId: string | null;
}

export interface SpeakerGroup {
  /** The fullest name the sources give; null for the sources that name no one. */
  name: string | null;
  entityId: string | null;
  /** Indices into the sources given. */
  sourceIndices: number[];
}

export function groupSpeakers(sources: readonly NamedSource[]): SpeakerGroup[] {
  const groups: SpeakerGroup[] = [];
  const order = sources.map((source, index) => ({ source, index }))
    // Full names first, so that a surname finds the full name it belongs to.
    .sort((a, b) => (b.source.speaker?.length ?? 0) - (a.source.speaker?.length ?? 0));
  for (const { source, index } of order) {
    const group = groups.find((candidate) => sameSpeaker(candidate, source));
    if (group) {
      group.sourceIndices.push(index);
      group.entityId ??= source.speakerEntityId;
    } else {
      groups.push({ name: source.speaker, entityId: source.speakerEntityId, sourceIndices: [index] });
    }
  }
  for (const group of groups) group.sourceIndices.sort((a, b) => a - b);
  return groups.sort((a, b) => a.sourceIndices[0]! - b.sourceIndices[0]!);
}

function sameSpeaker(group: SpeakerGroup, source: NamedSource): boolean {
  if (group.name === null || source.speaker === null) return group.name === source.speaker;
  if (group.entityId && source.speakerEntityId) return group.entityId === source.speakerEntityId;
  const full = foldText(group.name).trim();
  const named = foldText(source.speaker).trim();
  return full === named || full.endsWith(` ${named}`);
}

/** Attribution differs when the sources name more than one speaker (a source naming no one differs from none). */
export function attributionDiffers(groups: readonly SpeakerGroup[]): boolean {
  return groups.filter((group) => group.name !== null).length > 1;
}
