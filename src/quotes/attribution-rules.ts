/**
 * Every way a quote gets its speaker, by name, with the pattern it reads. Each quote says which
 * rule gave its speaker (`Quote.rule`), `npm run eval:quotes` scores each rule, and the rule's
 * confidence is the share of its attributions that were right on labelled pages, fitted by
 * `npm run calibrate:quotes` on one half of them (`rule-confidence.json`) and checked on the other.
 */
import fitted from './rule-confidence.json';

export const ATTRIBUTION_RULES = {
  // A cue in the quote's own sentence, naming the speaker.
  'verb then speaker': { pattern: '"Q," said Ann Cole.', prior: 0.95 },
  'speaker then verb': { pattern: '"Q," Ann Cole said.', prior: 0.95 },
  'speaker, apposition, verb': { pattern: '"Q," Ann Cole, the council\'s planner, said.', prior: 0.9 },
  'according to': { pattern: '"Q," according to Ann Cole. · Cole zufolge … · по словам Коул …', prior: 0.9 },
  'speaker and verb before': { pattern: 'Ann Cole said: "Q" · Cole warned that "Q"', prior: 0.85 },
  'verb then speaker before': { pattern: 'Dazu sagte Cole: „Q“', prior: 0.85 },
  'owner of the words': { pattern: 'Cole\'s insistence that "Q"', prior: 0.8 },
  'name and colon': { pattern: 'Cole: "Q"', prior: 0.75 },
  'subject introduces with a colon': { pattern: 'Cole sums up the mood in her report: "Q"', prior: 0.7 },
  'cue later in the sentence': { pattern: '"Q" to stop the plan, Cole said.', prior: 0.85 },
  'attribution-only sentence': { pattern: '"Q." Cole said at the time.', prior: 0.85 },
  'name closing a short clause': { pattern: '"Q," smiled Cole.', prior: 0.7 },
  'impersonal report': { pattern: '„Q“, hieß es aus dem Stadtrat. · Aus dem Stadtrat verlautete: „Q“', prior: 0.8 },
  'body pronoun': { pattern: '"Q," it said in a statement.', prior: 0.75 },
  'group pronoun': { pattern: 'Lind and Berg said they were glad. "Q," they said.', prior: 0.75 },
  // The cue names the speaker by pronoun, role or description: resolved on the page.
  'pronoun, one person in focus': { pattern: 'Cole spoke first. "Q," she said. → the one person in view that fits', prior: 0.9 },
  'pronoun resolved': { pattern: '"Q," she said. → the latest of several people in focus whose gender fits', prior: 0.8 },
  'role resolved': { pattern: '"Q," the spokeswoman said. → who the page named in that role', prior: 0.8 },
  'description resolved': { pattern: '"Q," says the affable owner. → the person the page is about', prior: 0.7 },
  // No cue in the quote's sentence: the discourse carries the speaker.
  'shared cue': { pattern: '"Q1" and "Q2," Cole said.', prior: 0.85 },
  'subject before the quote': { pattern: 'Cole shook her head. "Q."', prior: 0.65 },
  'previous quote in the paragraph': { pattern: '"Q1," Cole said. "Q2."', prior: 0.75 },
  'body the paragraph is about': { pattern: 'The bill lists the grounds. They include "Q".', prior: 0.5 },
  'intro paragraph': { pattern: 'Cole said: ¶ "Q."', prior: 0.75 },
  'speech reported the paragraph before': { pattern: 'Cole said the plan was rushed. ¶ "Q."', prior: 0.7 },
  'speaker named the paragraph before': { pattern: 'For Cole it is personal. ¶ "Q."', prior: 0.55 },
  'subject of the paragraph before': { pattern: 'Cole has run the shelter for ten years. ¶ "Q."', prior: 0.55 },
  'previous quote nearby': { pattern: '"Q1," Cole said. ¶ … ¶ "Q2."', prior: 0.6 },
  'pull quote': { pattern: 'a repeated fragment of an attributed quote', prior: 0.6 },
  'no speaker': { pattern: 'nobody the page names', prior: 0 },
} as const satisfies Record<string, { pattern: string; prior: number }>;

export type AttributionRule = keyof typeof ATTRIBUTION_RULES;

/**
 * How many labelled cases the prior counts for: a rule seen a few times keeps near its prior, one
 * seen often takes its measured share.
 */
export const PRIOR_WEIGHT = 4;

/**
 * How many standard deviations below the estimated share a rule's confidence is set. A share seen on
 * 30 quotes is less certain than one seen on 300: "sure" must hold on pages nobody has labelled, so
 * confidence is the share the rule keeps with about five chances in six, not its best guess.
 */
export const CAUTION = 1;

/**
 * The fitted confidence: the rule's share of right cases, with its prior counted as `PRIOR_WEIGHT`
 * cases, less `CAUTION` standard deviations of that estimate.
 */
export function fittedConfidence(rule: AttributionRule, correct: number, count: number): number {
  const { prior } = ATTRIBUTION_RULES[rule];
  const weight = count + PRIOR_WEIGHT;
  const share = (correct + PRIOR_WEIGHT * prior) / weight;
  const spread = Math.sqrt((share * (1 - share)) / (weight + 1));
  return Math.round(Math.max(0, share - CAUTION * spread) * 100) / 100;
}

const FITTED: Partial<Record<string, number>> = fitted as Record<string, number>;

/** How sure a speaker found by `rule` is: the rule's share of right attributions, as fitted (its prior where unseen). */
export function confidenceOfRule(rule: AttributionRule): number {
  return FITTED[rule] ?? ATTRIBUTION_RULES[rule].prior;
}
