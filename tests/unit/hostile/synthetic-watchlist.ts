/**
 * A watchlist of made-up people, as large as asked (10,000 aliases in the tests and the benchmark),
 * built deterministically from syllables so every run gets the same names. Some names are written
 * in Cyrillic, Arabic or Hebrew, some carry emoji or regular-expression characters, as a pasted or
 * imported list might.
 */
const SYLLABLES = ['ka', 'ro', 'mi', 'te', 'su', 'va', 'lo', 'ne', 'di', 'ba', 'zo', 'fe', 'gu', 'ha', 'ji', 'pe', 'qu', 'ri', 'so', 'wu'];
const CYRILLIC: Record<string, string> = {
  k: 'к', a: 'а', r: 'р', o: 'о', m: 'м', i: 'и', t: 'т', e: 'е', s: 'с', u: 'у', v: 'в', l: 'л', n: 'н', d: 'д', b: 'б',
  z: 'з', f: 'ф', g: 'г', h: 'х', j: 'ж', p: 'п', q: 'кв', w: 'в',
};
const ARABIC = ['سلمان', 'ناصر', 'كريم', 'فؤاد', 'حسن', 'ليلى', 'نور', 'زياد'];
const HEBREW = ['אבנר', 'שירה', 'גלעד', 'מיכל', 'נועה', 'דוד', 'יעל', 'רון'];
const DECORATIONS = ['🇺🇦', '🕊️', '👩🏽', '(acting)', '[ret.]', 'Jr.', '+1', 'a.k.a.*'];

function capitalise(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/** The n-th made-up name: two words of syllables, unique for n below 20^5. */
function latinName(n: number): string {
  const s = (k: number) => SYLLABLES[Math.floor(n / 20 ** k) % 20]!;
  return `${capitalise(s(0) + s(1) + s(2))} ${capitalise(s(3) + s(4) + 'n')}`;
}

/** The alias written for the n-th name: mostly Latin, every so often another script or a decoration. */
export function syntheticAlias(n: number): string {
  const name = latinName(n);
  switch (n % 10) {
    case 3:
      return capitalise([...name].map((c) => CYRILLIC[c.toLowerCase()] ?? c).join('')).replace(/ (.)/, (_, c: string) => ` ${c.toUpperCase()}`);
    case 5:
      return `${name} ${DECORATIONS[Math.floor(n / 10) % DECORATIONS.length]!}`;
    case 7:
      return `${ARABIC[n % ARABIC.length]!} ${name}`;
    case 9:
      return `${name} ${HEBREW[n % HEBREW.length]!}`;
    default:
      return name;
  }
}

export interface SyntheticWatchlist {
  /** Raw entities as an import file has them, for `parseCatalog`. */
  entities: { id: string; label: string; kind: 'person'; aliases: string[] }[];
  /** Alias → entity id. */
  owner: Map<string, string>;
}

export function syntheticWatchlist(aliasCount: number, aliasesPerEntity = 100): SyntheticWatchlist {
  const entities: SyntheticWatchlist['entities'] = [];
  const owner = new Map<string, string>();
  const keys = new Set<string>();
  for (let n = 0; owner.size < aliasCount; n++) {
    const alias = syntheticAlias(n);
    // Russian case endings make "Тепеву" a form of "Тепева": keep only one of such a pair, so
    // every alias in the text has one right owner (the tie itself is tested on its own).
    const key = alias.toLowerCase().replace(/[аеиоуыэюяйь](?=\s|$)/g, '');
    if (owner.has(alias) || keys.has(key)) continue;
    keys.add(key);
    const index = Math.floor(owner.size / aliasesPerEntity);
    const id = `person-${index}`;
    if (entities.length === index) entities.push({ id, label: `Person ${index}`, kind: 'person', aliases: [] });
    entities[index]!.aliases.push(alias);
    owner.set(alias, id);
  }
  return { entities, owner };
}

/** A small seeded generator (mulberry32), so "random" picks are the same on every run. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
