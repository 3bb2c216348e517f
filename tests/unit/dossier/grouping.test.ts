import { describe, expect, it } from 'vitest';
import { groupStatements, type SourcedQuote } from '../../../src/dossier/grouping/group-statements';
import { StatementIndex } from '../../../src/dossier/grouping/statement-index';
import { seededRandom } from '../hostile/synthetic-watchlist';

const BASE = 'We have seen no sign that Beijing is sending weapons to Moscow, but we are watching very closely';

function quote(text: string, speaker: string | null = 'Anna Berg', source = 0, speakerEntityId: string | null = null): SourcedQuote<number> {
  return { text, speaker, speakerEntityId, source };
}

function group(...quotes: SourcedQuote<number>[]) {
  return groupStatements(quotes);
}

describe('one statement, many sources', () => {
  it.each([
    ['punctuation', 'We have seen no sign that Beijing is sending weapons to Moscow; but we are watching, very closely!'],
    ['quote marks', '“We have seen no sign that ‘Beijing’ is sending weapons to Moscow, but we are watching very closely”'],
    ['case', 'WE HAVE SEEN NO SIGN THAT BEIJING IS SENDING WEAPONS TO MOSCOW, BUT WE ARE WATCHING VERY CLOSELY'],
    ['an ellipsis for left-out words', 'We have seen no sign that Beijing is sending weapons … but we are watching very closely'],
    ['three dots for left-out words', 'We have seen no sign... we are watching very closely'],
    ['a "[…]" insertion', 'We have seen no sign that Beijing is sending weapons [...] but we are watching very closely'],
    ['an editor\'s bracketed words', 'We have seen no sign that [China] is sending weapons to Moscow, but we are watching very closely'],
    ['truncation at the end', 'We have seen no sign that Beijing is sending weapons to Moscow'],
    ['truncation at the start', 'but we are watching very closely'],
  ])('%s does not split a statement', (_case, variant) => {
    const statements = group(quote(BASE, 'Anna Berg', 0), quote(variant, 'Anna Berg', 1));
    expect(statements).toHaveLength(1);
    expect(statements[0]!.sources.map((s) => s.source)).toEqual([0, 1]);
    expect(statements[0]!.wordingDiffers).toBe(false);
    expect(statements[0]!.attributionDiffers).toBe(false);
  });

  it('shows the fullest of the same wordings', () => {
    const [statement] = group(quote('but we are watching very closely', null, 0), quote(BASE, null, 1));
    expect(statement!.text).toBe(BASE);
  });

  it('a changed word keeps the statement but says the wording differs, with a word diff', () => {
    const changed = 'We have seen no sign that Beijing is sending arms to Moscow, but we are watching very closely';
    const statements = group(quote(BASE, 'Anna Berg', 0), quote(changed, 'Anna Berg', 1));
    expect(statements).toHaveLength(1);
    expect(statements[0]!.wordingDiffers).toBe(true);
    expect(statements[0]!.diffs).toEqual([{
      text: changed,
      parts: [
        { kind: 'same', text: 'We have seen no sign that Beijing is sending' },
        { kind: 'removed', text: 'weapons' },
        { kind: 'added', text: 'arms' },
        { kind: 'same', text: 'to Moscow but we are watching very closely' },
      ],
    }]);
  });

  it('a word added without an elision mark is a change of wording', () => {
    const added = 'We have seen no sign that Beijing is not sending weapons to Moscow, but we are watching very closely';
    const [statement] = group(quote(BASE, null, 0), quote(added, null, 1));
    expect(statement!.wordingDiffers).toBe(true);
    expect(statement!.diffs[0]!.parts).toContainEqual({ kind: 'added', text: 'not' });
  });

  it('a word dropped without an elision mark is a change of wording', () => {
    const dropped = 'We have seen no sign that Beijing is sending weapons to Moscow, but we are watching closely';
    const [statement] = group(quote(BASE, null, 0), quote(dropped, null, 1));
    expect(statement!.wordingDiffers).toBe(true);
    expect(statement!.diffs[0]!.parts).toContainEqual({ kind: 'removed', text: 'very' });
  });

  it('the same words from different speakers say the attribution differs, listing who each source names', () => {
    const statements = group(
      quote(BASE, 'John Kirby', 0, 'kirby'),
      quote(BASE, 'Kirby', 1, null),
      quote(BASE, 'Maria Stein', 2, null),
    );
    expect(statements).toHaveLength(1);
    expect(statements[0]!.attributionDiffers).toBe(true);
    expect(statements[0]!.speakers).toEqual([
      { name: 'John Kirby', entityId: 'kirby', sources: [0, 1] },
      { name: 'Maria Stein', entityId: null, sources: [2] },
    ]);
  });

  it('a source that names no speaker does not make the attribution differ', () => {
    const [statement] = group(quote(BASE, 'Anna Berg', 0), quote(BASE, null, 1));
    expect(statement!.attributionDiffers).toBe(false);
    expect(statement!.speakers.map((s) => s.name)).toEqual(['Anna Berg', null]);
  });

  it('different statements stay apart, however many words they share by chance', () => {
    const statements = group(
      quote(BASE),
      quote('We have seen the talks go on for hours, and we are tired'),
      quote('Yes'),
      quote('We'),
    );
    expect(statements).toHaveLength(4);
  });

  it('a few shared words inside a long quote are not a truncation of it', () => {
    expect(group(quote(BASE), quote('watching very closely'))).toHaveLength(2);
  });

  it('groups Cyrillic and German quotes alike, ё and е, ß and ss', () => {
    expect(group(quote('Мы всё ещё ждём ответа от Пекина по этому вопросу'), quote('«Мы все еще ждем ответа от Пекина по этому вопросу»'))).toHaveLength(1);
    expect(group(quote('Das ist ein großer Schritt für den Frieden'), quote('„Das ist ein grosser Schritt für den Frieden“'))).toHaveLength(1);
  });
});

describe('StatementIndex', () => {
  it('finds the statement of a variant among many unrelated quotes', () => {
    const index = new StatementIndex();
    // Unrelated quotes that share words, as quotes on one story do.
    const random = seededRandom(7);
    const vocabulary = Array.from({ length: 300 }, (_, i) => `w${i.toString(36)}`);
    const pick = () => vocabulary[Math.floor(random() * vocabulary.length)]!;
    for (let i = 0; i < 2000; i++) index.add({ id: i, text: Array.from({ length: 14 }, pick).join(' ') });
    const original = index.add({ id: 5000, text: BASE });
    const variant = index.add({ id: 5001, text: 'Beijing is sending arms to Moscow, but we are watching very closely' });
    expect(variant.id).toBe(original.id);
    expect(variant.wordingDiffers).toBe(true);
    expect(index.statementCount).toBe(2001);
  });

  it('adding a quote twice keeps one source', () => {
    const index = new StatementIndex();
    index.add({ id: 1, text: BASE });
    expect(index.add({ id: 1, text: BASE }).quoteIds).toEqual([1]);
  });
});
