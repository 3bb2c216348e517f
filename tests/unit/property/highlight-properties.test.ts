/**
 * Properties of highlighting on random pages, through the same path the content script takes:
 * `PageScanner` (text model → the engine's `findMentions` → mark.js via `Highlighter`) and back.
 * mark.js runs under linkedom with the small DOM completion in `tests/unit/highlight/dom-for-mark-js`.
 *
 * FAST_CHECK_RUNS raises the number of pages per property (CI keeps the default).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Catalog, Entity } from '../../../src/catalog/entity';
import { DEFAULT_CATALOG } from '../../../src/catalog/default-catalog';
import { MARK_ATTRIBUTE, MARK_SELECTOR, CONTINUATION_ATTRIBUTE } from '../../../src/text/mark-attributes';
import { PageScanner } from '../../../src/highlight/page-scanner';
import { compileMatcher } from '../../../src/matching/compile-matcher';
import { buildTextModel } from '../../../src/text/text-model';
import { isBlockElement, isSkippedElement } from '../../../src/text/visibility';
import { documentForMarkJs } from '../highlight/dom-for-mark-js';
import { pageOf, randomBody } from './random-dom';

const RUNS = Number(process.env.FAST_CHECK_RUNS ?? 100);
/** A property runs RUNS random pages; each takes a few milliseconds. */
const TIMEOUT_MS = 120_000;
const INVISIBLE = /[\u00AD\u200B-\u200D\u2060\uFEFF]/g;

/** Aliases that contain or overlap one another, handed out to one, two or three entities. */
const OVERLAPPING_ALIASES = ['Xi', 'Xi Jinping', 'Jinping', 'President Xi', 'Putin', 'Putin-Regierung', 'Путин', 'Путина', 'John Kirby', 'Kirby', 'White House'];

const overlappingCatalog: fc.Arbitrary<Catalog> = fc
  .tuple(fc.subarray(OVERLAPPING_ALIASES, { minLength: 1 }), fc.integer({ min: 1, max: 3 }), fc.infiniteStream(fc.nat()))
  .map(([aliases, entityCount, picks]) => {
    const entities: Entity[] = Array.from({ length: entityCount }, (_, i) => ({
      id: `e${i}`, label: `Entity ${i}`, kind: 'person', aliases: [], contextualAliases: [], cues: [], role: '', colour: '#336699', notes: [],
    }));
    const pick = picks[Symbol.iterator]();
    for (const alias of aliases) entities[(pick.next().value as number) % entityCount]!.aliases.push(alias);
    return entities.filter((entity) => entity.aliases.length > 0);
  });

interface Scanned {
  doc: Document;
  scanner: PageScanner;
  mentions: ReturnType<ReturnType<typeof compileMatcher>['findMentions']>;
}

/** Highlights the whole body as the content script does, without live updates. */
async function startScanner(doc: Document, matcher: ReturnType<typeof compileMatcher>): Promise<PageScanner> {
  const scanner = new PageScanner({
    root: doc.body,
    findMentions: (text) => matcher.findMentions(text),
    decoration: { styleOf: (id) => `--entity: ${id}` },
    pause: nextTask,
    live: false,
  });
  await scanner.start();
  return scanner;
}

async function scan(html: string, catalog: Catalog): Promise<Scanned> {
  const doc = documentForMarkJs(html);
  const matcher = compileMatcher(catalog);
  const mentions = matcher.findMentions(buildTextModel(doc.body, { shadowRoots: true }).text);
  const scanner = await startScanner(doc, matcher);
  return { doc, scanner, mentions };
}

/** Yields a macrotask, so long property runs keep vitest's worker responsive. */
const nextTask = () => new Promise<void>((resolve) => setImmediate(resolve));

const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();

function textNodesOf(root: Node): Text[] {
  const nodes: Text[] = [];
  const visit = (node: Node) => {
    if (node.nodeType === 3) nodes.push(node as Text);
    for (let child = node.firstChild; child !== null; child = child.nextSibling) visit(child);
  };
  visit(root);
  return nodes;
}

/**
 * What lies between two marks in document order: the text outside them (skipped places aside), and
 * whether a line break or a block edge does.
 */
function betweenMarks(first: Element, second: Element): { text: string; breaks: boolean } {
  let text = '';
  let breaks = blockOf(first) !== blockOf(second);
  let node: Node | null = nextOutside(first);
  while (node !== null && node !== second) {
    if (node.nodeType === 1) {
      const element = node as Element;
      if (isSkippedElement(element)) {
        node = nextOutside(element);
        continue;
      }
      if (element.tagName === 'BR' || isBlockElement(element)) breaks = true;
    } else if (node.nodeType === 3) {
      text += (node as Text).data;
    }
    node = node.firstChild ?? nextOutside(node);
  }
  return { text: text.replace(INVISIBLE, ''), breaks };
}

/** The next node in document order after `node` and everything inside it. */
function nextOutside(node: Node): Node | null {
  for (let at: Node | null = node; at !== null; at = at.parentNode) {
    if (at.nextSibling) return at.nextSibling;
  }
  return null;
}

function blockOf(node: Node): Element | null {
  for (let up = node.parentElement; up !== null; up = up.parentElement) if (isBlockElement(up) || up.tagName === 'BODY') return up;
  return null;
}

/** Pages CI's random runs once found failing, kept as fixed examples: a name split by markup, with and without a line break. */
const XI_ONLY: Catalog = [{ id: 'e0', label: 'Entity 0', kind: 'person', aliases: ['Xi Jinping'], contextualAliases: [], cues: [], role: '', colour: '#336699', notes: [] }];
const SPLIT_MENTION_CASES: [string, Catalog][] = [
  ['<span><span><p>President Xi  <span>Jinping</span></p></span></span>Putin', XI_ONLY],
  ['Xi \n<span><br>Jinping Putin</span>Putin', XI_ONLY],
  ['<p>Xi<b> </b><i>Jinping</i></p>', XI_ONLY],
];

const catalogs = fc.oneof(fc.constant<Catalog>(DEFAULT_CATALOG), overlappingCatalog);

describe('highlighting random pages', () => {
  it('removing the highlights restores the DOM exactly, down to the text nodes', async () => {
    await fc.assert(
      fc.asyncProperty(randomBody, catalogs, async (body, catalog) => {
        const doc = documentForMarkJs(pageOf(body));
        const before = doc.body.outerHTML;
        const nodesBefore = textNodesOf(doc.body);
        const dataBefore = nodesBefore.map((node) => node.data);
        const scanner = await startScanner(doc, compileMatcher(catalog));
        scanner.stop();
        await nextTask();
        expect(doc.body.outerHTML).toBe(before);
        const nodesAfter = textNodesOf(doc.body);
        expect(nodesAfter.length).toBe(nodesBefore.length);
        nodesAfter.forEach((node, i) => {
          expect(node).toBe(nodesBefore[i]);
          expect(node.data).toBe(dataBefore[i]);
        });
      }),
      { numRuns: RUNS },
    );
  }, TIMEOUT_MS);

  it('never changes the text, and a second scan after removal marks the same', async () => {
    await fc.assert(
      fc.asyncProperty(randomBody, catalogs, async (body, catalog) => {
        const html = pageOf(body);
        const plain = documentForMarkJs(html);
        const textBefore = plain.body.textContent;
        const modelBefore = buildTextModel(plain.body).text;
        const { doc, scanner } = await scan(html, catalog);
        expect(doc.body.textContent).toBe(textBefore);
        // Whitespace aside (see the known-issue test below), the engine reads the same text again.
        expect(collapse(buildTextModel(doc.body).text)).toBe(collapse(modelBefore));
        const first = doc.querySelectorAll(MARK_SELECTOR).length;
        await nextTask();
        await scanner.start();
        expect(doc.body.textContent).toBe(textBefore);
        expect(doc.querySelectorAll(MARK_SELECTOR).length).toBe(first);
      }),
      { numRuns: RUNS },
    );
  }, TIMEOUT_MS);

  it('puts no mark inside another, nor inside a place Dossier must not touch', async () => {
    await fc.assert(
      fc.asyncProperty(randomBody, catalogs, async (body, catalog) => {
        const { doc } = await scan(pageOf(body), catalog);
        await nextTask();
        for (const mark of doc.querySelectorAll(MARK_SELECTOR)) {
          expect(mark.querySelector(`[${MARK_ATTRIBUTE}]`)).toBeNull();
          for (let up = mark.parentElement; up !== null; up = up.parentElement) {
            expect(up.hasAttribute(MARK_ATTRIBUTE)).toBe(false);
            expect(isSkippedElement(up)).toBe(false);
          }
        }
      }),
      { numRuns: RUNS },
    );
  }, TIMEOUT_MS);

  it('gives each of the engine\'s mentions one mark, with its text, however the aliases overlap', async () => {
    await fc.assert(
      fc.asyncProperty(randomBody, overlappingCatalog, async (body, catalog) => {
        const { doc, scanner, mentions } = await scan(pageOf(body), catalog);
        await nextTask();
        // The engine never reports overlapping mentions.
        mentions.forEach((mention, i) => {
          if (i > 0) expect(mention.start).toBeGreaterThanOrEqual(mentions[i - 1]!.end);
        });
        const highlighted = scanner.highlights.all();
        expect(highlighted.map((m) => m.entityId)).toEqual(mentions.map((m) => m.entityId));
        highlighted.forEach((mention, i) => {
          const text = mention.marks.map((mark) => mark.textContent ?? '').join('').replace(INVISIBLE, '');
          // Every word of the mention is marked, in order ...
          expect(text.replace(/\s+/g, '')).toBe(mentions[i]!.text.replace(/\s+/g, ''));
          // ... and so is the space between its words: only a line break or a block edge, which is
          // markup and not text, may stand between two of its marks, with the spaces that layout drops.
          mention.marks.slice(1).forEach((mark, k) => {
            const gap = betweenMarks(mention.marks[k]!, mark);
            if (gap.breaks) expect(gap.text.trim()).toBe('');
            else expect(gap.text).toBe('');
          });
          if (mention.marks.every((mark, k) => k === 0 || !betweenMarks(mention.marks[k - 1]!, mark).breaks)) {
            expect(text).toBe(mentions[i]!.text.replace(INVISIBLE, ''));
          }
        });
        const firstMarks = doc.querySelectorAll(`${MARK_SELECTOR}:not([${CONTINUATION_ATTRIBUTE}])`);
        expect(firstMarks.length).toBe(mentions.length);
      }),
      { numRuns: RUNS, examples: SPLIT_MENTION_CASES },
    );
  }, TIMEOUT_MS);
});

describe('the text model of a highlighted page', () => {
  // Marks split text nodes, so whitespace that shared a node with a word can end up in a node of
  // its own: the text model must read both alike.
  it('reads the same model text before and after highlighting when a block starts with spaces', async () => {
    const html = pageOf('<p>Talks.</p><p>  Putin arrived.</p>');
    const before = buildTextModel(documentForMarkJs(html).body).text;
    const { doc } = await scan(html, DEFAULT_CATALOG);
    expect(doc.querySelectorAll(MARK_SELECTOR).length).toBe(1);
    expect(buildTextModel(doc.body).text).toBe(before);
  });
});
