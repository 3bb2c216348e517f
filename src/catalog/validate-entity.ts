import { MIN_LETTERS_FOR_CASELESS } from './alias-rules';
import type { Catalog, Entity } from './entity';

/**
 * Problems a person editing the watchlist should hear about, in plain words. Unlike
 * `parseCatalog`, nothing here is fatal: an entity with a problem still works, just less well.
 */
export function validateEntity(entity: Entity, catalog: Catalog): string[] {
  const problems: string[] = [];
  const names = [
    ...entity.aliases.map((phrase) => ({ phrase, contextual: false })),
    ...entity.contextualAliases.map((phrase) => ({ phrase, contextual: true })),
  ];
  if (names.length === 0) problems.push('It has no aliases, so it can never be found.');

  const ownKeys = new Set<string>();
  for (const { phrase, contextual } of names) {
    const shown = JSON.stringify(phrase.trim());
    if (phrase.trim() === '') {
      problems.push('An alias is empty.');
      continue;
    }
    if (!/[\p{L}\p{N}]/u.test(phrase)) {
      problems.push(`Alias ${shown} has no letters or digits and would match punctuation anywhere.`);
      continue;
    }
    const key = phraseKey(phrase);
    if (ownKeys.has(key)) problems.push(`Alias ${shown} is listed twice.`);
    ownKeys.add(key);

    const owner = catalog.find(
      (other) => other.id !== entity.id && [...other.aliases, ...other.contextualAliases].some((p) => phraseKey(p) === key),
    );
    if (owner) problems.push(`Alias ${shown} is already used by “${owner.label}”.`);

    if (!contextual && isTooShortAlone(phrase)) {
      problems.push(
        `Alias ${shown} is short enough to turn up by accident; make it a contextual alias and add cues ` +
          '(words that appear near it when it means this entity).',
      );
    }
  }

  for (const cue of entity.cues) {
    if (cue.replace(/\*\s*$/, '').trim() === '') problems.push('A cue is empty.');
  }
  if (entity.aliases.length === 0 && entity.contextualAliases.length > 0 && entity.cues.length === 0) {
    problems.push('It has only contextual aliases and no cues, so it can never be found: add cues or a full alias.');
  }
  return problems;
}

/** Two phrases the matcher would treat as the same name. */
function phraseKey(phrase: string): string {
  return phrase
    .normalize('NFC')
    .toLowerCase()
    .replace(/[’ʼ‘´`′＇]/g, "'")
    .replace(/[-‐‑‒–\s]+/gu, ' ')
    .trim();
}

const SPACELESS = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;

function isTooShortAlone(phrase: string): boolean {
  const letters = [...phrase].filter((c) => /[\p{L}\p{N}]/u.test(c));
  // Two Chinese characters are a full name (普京); two Latin letters are not (Xi, US).
  if (letters.some((c) => SPACELESS.test(c))) return letters.length < 2;
  return letters.length < MIN_LETTERS_FOR_CASELESS;
}
