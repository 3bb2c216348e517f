/**
 * Generic references to an entity ("the peace plan", "der Friedensplan", "мирный план"): a page
 * that has named the entity goes on to call it so, and a page that never named it means something
 * else. A reference counts after the entity's first named mention, unless the words around it give
 * it another owner ("Kyiv's peace plan", "Selenskyjs Friedensplan", "мирный план Зеленского").
 */
import type { PhraseLeaf } from './catalog-phrases';

interface Found {
  start: number;
  end: number;
  leaf: Pick<PhraseLeaf, 'entityId' | 'role'>;
}

/** How far around a reference its owner may stand. */
const OWNER_REACH = 40;

/**
 * Words before the reference that make it another one: any one at all ("what a peace plan might look
 * like", "ein Friedensplan"), another's possessive or genitive, another nation's adjective.
 */
const OTHER_OWNER_BEFORE: readonly RegExp[] = [
  // An indefinite article: a plan, not the plan.
  /(?<!\p{L})(?:a|an|any|another|ein|eine|einen|einem|einer|kein|keine|keinen|irgendein\p{L}*|какой-нибудь|какой-либо|любой)\s+$/iu,
  // "Kyiv's peace plan", "Zelensky’s peace proposal".
  /(?<!\p{L})(?!(?:China|Beijing|Peking)['’])\p{Lu}[\p{L}.-]*['’]s?\s+$/u,
  // German genitive before the noun: "Selenskyjs Friedensplan", "Kiews Friedensplan" (not the articles).
  /(?<!\p{L})(?!(?:Des|Dies|Das|Was|Als|Aus|Bis|Eines|Chinas|Pekings)\s)\p{Lu}\p{Ll}+s\s+$/u,
  // Another nation's or bloc's plan: "the Ukrainian peace plan", "der brasilianische Friedensplan", "украинский мирный план".
  /(?:ukrain|brazil|brasil|americ|amerikan|europ|afric|turk|türk|french|französ|german|deutsch|indian|indisch|indones|vatican|vatikan|israel|saudi|western|westlich|украин|бразил|американ|европ|африк|турец|западн)\p{L}*\s+$/iu,
];

/** Owners written after the reference, in the genitive: "мирный план Зеленского", "Friedensplan Selenskyjs". */
const OTHER_OWNER_AFTER = /^\s+(?!(?:Китая|Пекина|КНР|Chinas|Pekings)(?!\p{L}))\p{Lu}\p{Ll}+(?:ого|его|ы|и|а|я|s)(?!\p{L})/u;

export function hasOtherOwner(text: string, reference: { start: number; end: number }): boolean {
  const before = text.slice(Math.max(0, reference.start - OWNER_REACH), reference.start);
  const after = text.slice(reference.end, reference.end + OWNER_REACH);
  return OTHER_OWNER_BEFORE.some((pattern) => pattern.test(before)) || OTHER_OWNER_AFTER.test(after);
}

/**
 * The named mentions with the references that follow a first named mention of their entity, in
 * text order. `named` and `candidates` come from one pass and do not overlap.
 */
export function withIntroducedReferences<T extends Found>(text: string, named: T[], candidates: readonly T[]): T[] {
  const firstNamed = new Map<string, number>();
  for (const mention of named) {
    const seen = firstNamed.get(mention.leaf.entityId);
    if (seen === undefined || mention.start < seen) firstNamed.set(mention.leaf.entityId, mention.start);
  }
  const references = candidates.filter((candidate) => {
    if (candidate.leaf.role !== 'reference') return false;
    const introduced = firstNamed.get(candidate.leaf.entityId);
    return introduced !== undefined && introduced < candidate.start && !hasOtherOwner(text, candidate);
  });
  if (references.length === 0) return named;
  return [...named, ...references].sort((a, b) => a.start - b.start);
}
