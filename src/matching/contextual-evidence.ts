import type { Span } from '../text/span';
import { partitionPoint } from '../text/partition-point';

/**
 * Where a cue makes a contextual alias credible: the alias's own paragraph (blocks are separated
 * by a blank line in the text model), reaching at most PARAGRAPH_REACH characters each way so one
 * huge block does not turn into the whole page, and in any case CUE_REACH characters each way,
 * so a headline or a short caption is supported by the paragraph right after it.
 */
export const CUE_REACH = 300;
export const PARAGRAPH_REACH = 1000;

export function cueWindow(text: string, mention: Span): Span {
  // Only look for block breaks within reach, so a page without any stays linear to scan.
  const reachStart = Math.max(0, mention.start - PARAGRAPH_REACH);
  const reachEnd = Math.min(text.length, mention.end + PARAGRAPH_REACH);
  const breakBefore = text.slice(reachStart, mention.start).lastIndexOf('\n\n');
  const paragraphStart = breakBefore < 0 ? reachStart : reachStart + breakBefore + 2;
  const breakAfter = text.slice(mention.end, reachEnd).indexOf('\n\n');
  const paragraphEnd = breakAfter < 0 ? reachEnd : mention.end + breakAfter;
  return {
    start: Math.max(0, Math.min(mention.start - CUE_REACH, paragraphStart)),
    end: Math.min(text.length, Math.max(mention.end + CUE_REACH, paragraphEnd)),
  };
}

/** True when one of the sorted cue starts falls inside `window`. */
export function hasCueIn(sortedCueStarts: readonly number[], window: Span): boolean {
  const low = partitionPoint(sortedCueStarts, (start) => start < window.start);
  return low < sortedCueStarts.length && sortedCueStarts[low]! < window.end;
}

/** A found contextual or full alias, as far as support is concerned. */
interface FoundName extends Span {
  leaf: { entityId: string; role: string };
}

/**
 * Entities whose contextual aliases count on this page: those with a full alias anywhere, and
 * those with a cue near at least one of their contextual mentions. Once the page has shown it is
 * about John Kirby, every bare "Kirby" on it is him.
 */
export function supportedEntities(
  text: string,
  found: readonly FoundName[],
  cueKeysByEntity: ReadonlyMap<string, readonly string[]>,
  cueStarts: ReadonlyMap<string, readonly number[]>,
): Set<string> {
  const supported = new Set<string>();
  for (const name of found) if (name.leaf.role === 'alias') supported.add(name.leaf.entityId);
  for (const name of found) {
    const id = name.leaf.entityId;
    if (supported.has(id)) continue;
    const window = cueWindow(text, name);
    const cueNearby = (cueKeysByEntity.get(id) ?? []).some((key) => hasCueIn(cueStarts.get(key) ?? [], window));
    if (cueNearby) supported.add(id);
  }
  return supported;
}
