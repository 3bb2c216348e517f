/** The quick look's question to the matcher: may this text hold a mention? Never no where findMentions finds one. */
import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { DEFAULT_CATALOG } from '../../../src/catalog/default-catalog';
import { compileMatcher } from '../../../src/matching/compile-matcher';
import { buildTextModel } from '../../../src/text/text-model';

const matcher = compileMatcher(DEFAULT_CATALOG);

function mayName(text: string): boolean {
  const steps = matcher.mayNameAnythingInSteps(text);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

const filler = 'The committee met again on Thursday and adjourned without a vote. '.repeat(20);

describe('mayNameAnythingInSteps', () => {
  it('says yes wherever findMentions finds a mention, in every fixture article', () => {
    for (const name of ['article', 'split-names', 'dense-mentions', 'byline-in-markup', 'no-mentions']) {
      const html = readFileSync(new URL(`../../fixtures/${name}.html`, import.meta.url), 'utf8');
      const text = buildTextModel(parseHTML(html).document.body).text;
      expect(mayName(text), name).toBe(matcher.findMentions(text).length > 0);
    }
  });

  it('says yes for a name, in each language of the watchlist, and for a contextual name with a cue near it', () => {
    for (const text of [
      'Vladimir Putin arrived in the evening.',
      'Am Abend traf Putin ein.',
      'Вечером прибыл Путин.',
      'Beijing said on Monday that Xi would travel next week.',
    ]) {
      expect(mayName(text), text).toBe(true);
      expect(matcher.findMentions(text).length, text).toBeGreaterThan(0);
    }
  });

  it('says no for a text that names nothing, words that merely contain a name included', () => {
    for (const text of [filler, 'Cloud computing and the maximum taxi fare.', 'Chapter XI of the novel opens in a harbour town.', 'Kirby and the Forgotten Land is a platform game.']) {
      expect(mayName(text), text).toBe(false);
      expect(matcher.findMentions(text), text).toEqual([]);
    }
  });

  it('counts a cue anywhere in the text for a contextual name, since the quick look\'s text has no paragraphs', () => {
    const text = `The envoy from China left early. ${filler}${filler} Later, Xi was named in a statement.`;
    expect(matcher.findMentions(text)).toEqual([]);
    expect(mayName(text)).toBe(true);
  });

  it('ignores the rules that read a name\'s surroundings, which boundaries the quick look moves can change', () => {
    // A bare surname followed by another given name is a relative or a namesake to findMentions.
    const text = 'Xi Mingze studied abroad, according to a report from Beijing.';
    expect(matcher.findMentions(text)).toEqual([]);
    expect(mayName(text)).toBe(true);
  });

  it('stops at the first name, and pauses between steps on a long text that names nothing', () => {
    const long = filler.repeat(200);
    const steps = matcher.mayNameAnythingInSteps(long);
    let pauses = 0;
    while (!steps.next().done) pauses++;
    expect(pauses).toBeGreaterThan(1);
    const early = matcher.mayNameAnythingInSteps(`Putin spoke. ${long}`);
    expect(early.next()).toEqual({ done: true, value: true });
  });
});
