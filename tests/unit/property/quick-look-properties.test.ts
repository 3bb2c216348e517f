/**
 * The page scanner's quick look (text-nodes.ts, `mayNameAnythingInSteps`) decides whether a page
 * gets a text model at all. On random pages whose sentences are cut anywhere (inside words too)
 * and spread over inline and block elements, with whitespace, breaks, scripts and hidden text
 * between the pieces, among hidden elements, form fields and code, it must never say "nothing"
 * where the model's text holds a mention.
 *
 * FAST_CHECK_RUNS raises the number of pages per property (CI keeps the default).
 */
import fc from 'fast-check';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { DEFAULT_CATALOG } from '../../../src/catalog/default-catalog';
import { compileMatcher } from '../../../src/matching/compile-matcher';
import { buildTextModel } from '../../../src/text/text-model';
import { TextNodeReader } from '../../../src/text/text-nodes';
import { pageOf, randomBody } from './random-dom';

const RUNS = Number(process.env.FAST_CHECK_RUNS ?? 200);
const matcher = compileMatcher(DEFAULT_CATALOG);

/** Sentences of our own with names, contextual names and their cues, in the watchlist's languages. */
const SENTENCES = [
  'President Xi Jinping met Vladimir Putin in the Kremlin.',
  'Beijing confirmed that Xi would attend.',
  'John Kirby, speaking at the White House, criticised the plan.',
  'Kirby said the Pentagon was watching closely.',
  'China published its twelve-point paper on Ukraine.',
  'Der Kremlchef Putin empfing Xi am Montag.',
  'Путина встретили в Пекине, Си Цзиньпин улыбался.',
  'In der Volksrepublik hieß es, Xi reise nach Moskau.',
  'The talks ended; nobody spoke to the press afterwards.',
];

const INLINE = ['span', 'b', 'i', 'a', 'em'] as const;
const BLOCK = ['p', 'div', 'li', 'h2', 'td', 'section'] as const;
/** What stands between two pieces of a sentence: nothing most often, whitespace, breaks, and text the model skips. */
const BETWEEN = [
  '', '', '', ' ', '\n  ', '<br>', '<wbr>', '<img src="x.png">', '<div></div>', '<script>var x = 1;</script>', '<style>p {}</style>', '<!-- note -->',
  '<span hidden>aside</span>', '<span style="display:none">(aside)</span>', '<code>x</code>', '<span aria-hidden="true">*</span>',
] as const;

function escapeText(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** A sentence cut at random places, each piece in an inline or block element or bare, with random things between. */
const cutSentence = fc
  .tuple(
    fc.constantFrom(...SENTENCES),
    fc.array(fc.nat(), { maxLength: 6 }),
    fc.infiniteStream(fc.tuple(fc.constantFrom<string>('', ...INLINE, ...BLOCK), fc.constantFrom(...BETWEEN))),
  )
  .map(([sentence, cuts, wraps]) => {
    const points = [...new Set(cuts.map((cut) => cut % sentence.length))].sort((a, b) => a - b);
    const bounds = [0, ...points.filter((point) => point > 0), sentence.length];
    const wrap = wraps[Symbol.iterator]();
    let html = '';
    for (let i = 0; i + 1 < bounds.length; i++) {
      const piece = escapeText(sentence.slice(bounds[i], bounds[i + 1]));
      const [tag, between] = wrap.next().value as [string, string];
      html += (tag === '' ? piece : `<${tag}>${piece}</${tag}>`) + between;
    }
    return html;
  });

const page = fc.array(fc.oneof(cutSentence, randomBody), { minLength: 1, maxLength: 5 }).map((parts) => pageOf(parts.join('')));

function mayName(text: string): boolean {
  const steps = matcher.mayNameAnythingInSteps(text);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

describe('the quick look', () => {
  it('never finds nothing where the text model holds a mention', () => {
    fc.assert(
      fc.property(page, (html) => {
        const body = parseHTML(html).document.body;
        const named = matcher.findMentions(buildTextModel(body, { shadowRoots: true }).text).length > 0;
        const reader = new TextNodeReader(body);
        reader.advance();
        if (named) expect(mayName(reader.text())).toBe(true);
      }),
      { numRuns: RUNS },
    );
  }, 120_000);
});
