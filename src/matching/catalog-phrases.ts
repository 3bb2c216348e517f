import { enabledEntities, type Catalog, type Entity } from '../catalog/entity';
import { isCyrillic, isLatin, withoutInvisible } from './characters';
import type { Atom } from './phrase-atoms';
import { phraseShape, possessiveAtom } from './phrase-atoms';
import type { SurnameRule } from './surname-rule';

/**
 * What each phrase of a catalogue means to the matcher: a full alias, a contextual alias (needs
 * support on the page), a cue (supports contextual aliases nearby), or an excluded phrase (a
 * longer name that contains an alias but is something else).
 */
export type PhraseRole = 'alias' | 'contextual' | 'reference' | 'cue' | 'excluded';

export interface PhraseLeaf {
  /** The entity a name or excluded phrase belongs to; empty for cues, which may be shared. */
  entityId: string;
  role: PhraseRole;
  /** For cues: the cue as written, shared by every entity that lists it. */
  cueKey: string | null;
  boundedLeft: boolean;
  boundedRight: boolean;
  /** Suffix allowed after the phrase: "'s", "’s", German genitive "s". */
  possessive: Atom | null;
  surnameRule: SurnameRule | null;
  /** The phrase as written, lower-cased: where two names match the same text, the one written so wins. */
  literal: string;
}

export interface CompiledPhrase {
  atoms: Atom[];
  leaf: PhraseLeaf;
}

/** A trailing `*` on a cue makes it a word stem: "chinesisch*" also finds "chinesischen". */
const STEM_MARK = /\*\s*$/;
const SINGLE_WORD = /^[\p{L}\p{M}]+$/u;
const WORDS = /[\p{L}\p{M}]+/gu;

function surnameRuleFor(phrase: string, entity: Entity, ownWords: ReadonlySet<string>): SurnameRule | null {
  const word = phrase.trim();
  if (!SINGLE_WORD.test(word)) return null;
  const leadsALongerName = [...entity.aliases, ...entity.contextualAliases].some((other) => {
    const name = other.trim();
    return name.startsWith(word) && /\s/u.test(name.charAt(word.length));
  });
  if (!leadsALongerName) return null;
  if (isLatin(word)) return { script: 'latin', ownWords };
  if (isCyrillic(word)) return { script: 'cyrillic', ownWords };
  return null;
}

/** Normalised the way the page text is: NFC, no invisible characters, lower case. */
export function literalOf(phrase: string): string {
  return withoutInvisible(phrase.normalize('NFC')).trim().toLowerCase();
}

function cueKeysOf(entity: Entity): string[] {
  return [...new Set(entity.cues.map((cue) => cue.normalize('NFC').trim()))];
}

/**
 * The cues of each entity. A cue that many entities share ("China") is compiled once, so one
 * occurrence on the page costs the same however many entities list it.
 */
export function cueKeysByEntity(catalog: Catalog): Map<string, string[]> {
  return new Map(enabledEntities(catalog).map((entity) => [entity.id, cueKeysOf(entity)]));
}

/**
 * The catalogue's phrases one at a time, so that a content script can compile a long watchlist
 * in slices and give the page its thread back in between.
 */
export function* catalogPhrases(catalog: Catalog): Generator<CompiledPhrase> {
  const compiledCues = new Set<string>();
  for (const entity of enabledEntities(catalog)) {
    const names = [...entity.aliases, ...entity.contextualAliases];
    // Words of the entity's own names and cues are never "another person's given name":
    // "Xi Jinping", "President Xi", "In Beijing Xi said".
    const ownWords = new Set([...names, ...entity.cues].flatMap((phrase) => phrase.toLowerCase().match(WORDS) ?? []));
    const cueKeys = cueKeysOf(entity);
    const entries: Array<[string, PhraseRole]> = [
      ...entity.aliases.map((p): [string, PhraseRole] => [p, 'alias']),
      ...entity.contextualAliases.map((p): [string, PhraseRole] => [p, 'contextual']),
      ...(entity.references ?? []).map((p): [string, PhraseRole] => [p, 'reference']),
      ...cueKeys.filter((cue) => !compiledCues.has(cue)).map((p): [string, PhraseRole] => [p, 'cue']),
      ...(entity.excludedPhrases ?? []).map((p): [string, PhraseRole] => [p, 'excluded']),
    ];
    for (const cue of cueKeys) compiledCues.add(cue);
    for (const [phrase, role] of entries) {
      const isCue = role === 'cue';
      const isStem = isCue && STEM_MARK.test(phrase);
      const shape = phraseShape(isStem ? phrase.replace(STEM_MARK, '') : phrase);
      if (!shape) continue;
      const isName = role === 'alias' || role === 'contextual';
      yield {
        atoms: shape.atoms,
        leaf: {
          entityId: isCue ? '' : entity.id,
          role,
          cueKey: isCue ? phrase : null,
          boundedLeft: shape.boundedLeft,
          boundedRight: shape.boundedRight && !isStem,
          possessive: shape.takesPossessive && !isStem ? possessiveAtom(shape.caseless) : null,
          surnameRule: isName ? surnameRuleFor(phrase, entity, ownWords) : null,
          literal: literalOf(phrase),
        },
      };
    }
  }
}
