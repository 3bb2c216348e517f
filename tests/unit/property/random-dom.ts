/**
 * fast-check generators for random pages: nested inline and block markup, text made of watchlist
 * names in several scripts and forms, invisible characters, emoji, and the places Dossier must not
 * touch (textarea, contenteditable, code, script, hidden elements). Rendered to an HTML string so a
 * failing case shrinks to markup a person can read.
 */
import fc from 'fast-check';

/** Pieces of text: names of the default watchlist, their declined and compound forms, and filler. */
const WORDS = [
  'Putin', 'Путин', 'Путина', 'Putin-Regierung', 'Xi', 'Xi Jinping', 'Jinping', 'President Xi', 'Kirby', 'John Kirby',
  'twelve-point paper', 'Beijing', 'Kremlin', 'White House', 'said', 'the', 'and', '„Frieden“', '"peace"',
  'computing', 'Pu\u00ADtin', 'X\u200Bi', '习近平', '🇨🇳', '👍🏽', 'مرحبا', 'שלום', '&', '<', '>', ' ', '  ', '\n', '.', ',',
];

const text = fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 8 }).map((parts) => parts.join(' '));

function escapeText(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

const INLINE_TAGS = ['span', 'b', 'i', 'em', 'strong', 'a', 'small', 'sup', 'q'] as const;
const BLOCK_TAGS = ['p', 'div', 'section', 'li', 'blockquote', 'h2', 'td'] as const;

/** Places whose text Dossier must leave alone; their content stays plain text. */
const untouchable = fc.oneof(
  text.map((t) => `<textarea>${escapeText(t)}</textarea>`),
  text.map((t) => `<div contenteditable="true">${escapeText(t)}</div>`),
  text.map((t) => `<code>${escapeText(t)}</code>`),
  text.map((t) => `<pre>${escapeText(t)}</pre>`),
  text.map((t) => `<div hidden>${escapeText(t)}</div>`),
  text.map((t) => `<span style="display:none">${escapeText(t)}</span>`),
  text.map((t) => `<script>/* ${t.replace(/\*\//g, '')} */</script>`),
  fc.constant('<br>'),
  text.map((t) => `<!-- ${t.replace(/--/g, '')} -->`),
);

const { node } = fc.letrec<{ node: string; children: string }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    text.map(escapeText),
    untouchable,
    fc.tuple(fc.constantFrom(...INLINE_TAGS), tie('children')).map(([tag, inner]) => `<${tag}>${inner}</${tag}>`),
    fc.tuple(fc.constantFrom(...BLOCK_TAGS), tie('children')).map(([tag, inner]) => `<${tag}>${inner}</${tag}>`),
  ),
  children: fc.array(tie('node'), { maxLength: 5 }).map((nodes) => nodes.join('')),
}));

/** The inside of a random `<body>`. */
export const randomBody: fc.Arbitrary<string> = fc.array(node, { minLength: 1, maxLength: 6 }).map((nodes) => nodes.join(''));

export function pageOf(body: string): string {
  return `<!doctype html><html><head><title>t</title></head><body>${body}</body></html>`;
}
