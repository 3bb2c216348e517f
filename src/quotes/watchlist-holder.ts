/**
 * "the Russian president said", "the Kremlin leader", «российский лидер»: a head of state whom the page
 * never named in that role, though it names a person of the watchlist who holds it. The watchlist's
 * role line ("President of Russia", „Präsident Russlands“, «Президент России») says who it is.
 */
import type { Catalog } from '../catalog/entity';
import type { Mention } from '../matching/mention';
import { isLeaderRole } from './name-registry';
import { originsAgree } from './role-origin';

/** Seats of power that news names a state by: "the Kremlin leader", «глава Кремля», "Beijing's leader". */
const STATE_OF_SEAT: readonly [seat: RegExp, origins: readonly string[]][] = [
  [/^(?:kreml|кремл)/u, ['russia', 'россия']],
  [/^(?:beijing|peking|пекин)/u, ['china', 'китай']],
];

/** The origins of a role phrase, with a seat of power read as its state. */
function statesOf(origins: readonly string[]): string[] {
  return origins.flatMap((origin) => STATE_OF_SEAT.find(([seat]) => seat.test(origin))?.[1] ?? [origin]);
}

/** The words of a role line, lower case: what its origins are compared with. */
function wordsOf(line: string): string[] {
  return line.toLowerCase().split(/[^\p{L}]+/u).filter((word) => word.length > 1);
}

/**
 * The mention of the one watchlist person before `pos` whose role line is a head of state's of the
 * origins given, or null when none or several are.
 */
export function watchlistHolderOfRole(origins: readonly string[], mentions: readonly Mention[], catalog: Catalog, pos: number): Mention | null {
  if (origins.length === 0) return null;
  const wanted = statesOf(origins);
  const holders = new Set<string>();
  for (const entity of catalog) {
    if (entity.kind !== 'person') continue;
    const lines = [entity.role, ...Object.values(entity.roleTranslations ?? {})];
    const holds = lines.some((line) => {
      const words = wordsOf(line);
      return words.some(isLeaderRole) && originsAgree(wanted, words);
    });
    if (holds) holders.add(entity.id);
  }
  let latest: Mention | null = null;
  const seen = new Set<string>();
  for (const mention of mentions) {
    if (mention.start >= pos || !holders.has(mention.entityId)) continue;
    seen.add(mention.entityId);
    latest = mention;
  }
  return seen.size === 1 ? latest : null;
}
