import { describe, expect, it } from 'vitest';
import { summarizeEntity } from '../../../src/summary/summarize-entity';
import { ALIASES, ARTICLE, mentionsOf, sentenceSpans, textOf } from './article-fixture';

const sentences = sentenceSpans(ARTICLE);
const mentions = mentionsOf(ARTICLE, ALIASES);
const about = (entityId: string) => textOf(ARTICLE, summarizeEntity(ARTICLE, sentences, mentions, entityId));

describe('summarizeEntity', () => {
  it('gives two or three sentences that name the entity, in document order', () => {
    for (const entityId of Object.keys(ALIASES)) {
      const summary = summarizeEntity(ARTICLE, sentences, mentions, entityId);
      expect(summary.length, entityId).toBeGreaterThanOrEqual(2);
      expect(summary.length, entityId).toBeLessThanOrEqual(3);
      for (const span of summary) {
        expect(sentences).toContainEqual(span);
        expect(mentions.some((m) => m.entityId === entityId && m.start >= span.start && m.start < span.end)).toBe(true);
      }
      const starts = summary.map((span) => span.start);
      expect(starts).toEqual([...starts].sort((a, b) => a - b));
    }
  });

  it('prefers the sentences where the entity is the subject, and where it is introduced', () => {
    const kirby = about('kirby');
    expect(kirby[0]).toMatch(/spokesman John Kirby said the United States would oppose/);
    expect(kirby[1]).toMatch(/^Kirby told reporters/);

    const putin = about('putin');
    expect(putin).toContain(
      'Russian President Vladimir Putin welcomed his guest at the Kremlin and praised the relationship between the two countries as stronger than ever.',
    );
  });

  it('includes the sentence that introduces the entity, even when the headline named it first', () => {
    const text = [
      'Kirby questions China’s plan for Ukraine',
      'Speaking to reporters in Washington on Friday, the national security spokesman John Kirby questioned the plan.',
      'Kirby said the proposal would freeze the front line where it stands.',
      'Kirby added that a ceasefire now would only give Moscow time to rearm.',
      'Kirby also said that talks with Beijing on other matters would continue.',
    ].join('\n\n');
    const summary = textOf(text, summarizeEntity(text, sentenceSpans(text), mentionsOf(text, ALIASES), 'kirby'));
    expect(summary[0]).toMatch(/^Speaking to reporters in Washington on Friday/);
    expect(summary).toHaveLength(3);
  });

  it('leaves out the headline and the photo caption when the prose says enough', () => {
    for (const sentence of [...about('xi'), ...about('putin')]) {
      expect(sentence).not.toMatch(/^(?:Xi arrives in Moscow|Photo:)/);
    }
  });

  it('falls back to a caption when it is all the page says about someone', () => {
    const text = 'Talks resume in Geneva\n\nPhoto: John Kirby speaks to reporters at the White House (AP Photo)\n\nThe delegations met for four hours on Tuesday and agreed to meet again next week.';
    const summary = textOf(text, summarizeEntity(text, sentenceSpans(text), mentionsOf(text, ALIASES), 'kirby'));
    expect(summary).toEqual(['Photo: John Kirby speaks to reporters at the White House (AP Photo)']);
  });

  it('is empty for an entity the page does not mention', () => {
    expect(summarizeEntity(ARTICLE, sentences, mentions, 'someone-else')).toEqual([]);
    expect(summarizeEntity('', [], [], 'xi')).toEqual([]);
  });
});
