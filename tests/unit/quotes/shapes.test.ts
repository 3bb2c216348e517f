import { describe, expect, it } from 'vitest';
import { readSpeakerBackward, readSpeakerForward, type SpeakerPhrase } from '../../../src/quotes/speaker-phrase';
import { sentenceSubjects } from '../../../src/quotes/sentence-subjects';
import { splitSentences } from '../../../src/text/sentences';
import { tokenize } from '../../../src/quotes/tokens';
import { blockStarts } from '../../../src/quotes/text-index';

/**
 * The finder reads phrases and subjects in thousands of places: objects of one shape keep those reads
 * fast, so every reader makes them with all their fields, in one order.
 */
describe('one shape for phrases and subjects', () => {
  const keysOf = (items: object[]) => new Set(items.map((item) => Object.keys(item).join()));

  it('phrases read forward and backward, of every kind, have the same fields', () => {
    const openings = ['Senator Ana Ruiz', 'the spokesman', 'she', 'The ministry', 'Dr. Lea Brandt', 'по словам Ивана Соколова', 'her doctor'];
    const phrases: SpeakerPhrase[] = [];
    for (const opening of openings) {
      const text = `${opening} said it was late.`;
      const tokens = tokenize(text, 0, text.length);
      const forward = readSpeakerForward(tokens, 0, text);
      if (forward) phrases.push(forward);
      const said = tokens.findIndex((token) => token.lower === 'said');
      const backward = readSpeakerBackward(tokens, said, text, false);
      if (backward) phrases.push(backward);
    }
    expect(new Set(phrases.map((phrase) => phrase.kind))).toEqual(new Set(['name', 'role', 'pronoun']));
    expect(keysOf(phrases).size).toBe(1);
  });

  it('subjects of every kind have the same fields', () => {
    const text = [
      'Ana Ruiz said the bridge would open. She added that the cost was high.',
      'One of the pharmacists, who asked not to be named, said she was tired.',
      'The plan was criticised by Ivo Marten, a councillor, on Monday.',
      'Tore Lind and Ada Berg said they would appeal.',
    ].join('\n\n');
    const subjects = sentenceSubjects(text, splitSentences(text), tokenize(text, 0, text.length), blockStarts(text));
    expect(subjects.length).toBeGreaterThanOrEqual(4);
    expect(keysOf(subjects).size).toBe(1);
  });
});
