/**
 * Which parts of a document hold text a reader sees, and which Dossier must never touch.
 * Attribute-based on purpose: computed styles would cost a layout per element, and the same
 * rules must hold in Node (linkedom) and in the browser.
 */

/** Tag names as HTML documents write them, and as XML documents may (lower case): no case conversion per element. */
function tagSet(tags: readonly string[]): ReadonlySet<string> {
  return new Set([...tags, ...tags.map((tag) => tag.toLowerCase())]);
}

/** Elements whose content is never reader-visible text, or must never be highlighted. */
const SKIPPED_TAGS = tagSet([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'HEAD', 'TITLE', 'META', 'LINK',
  'SVG', 'MATH', 'CANVAS', 'VIDEO', 'AUDIO', 'IFRAME', 'OBJECT', 'EMBED', 'IMG', 'PICTURE',
  // Form fields and code: the reader types or copies these; changing their DOM breaks pages.
  'INPUT', 'TEXTAREA', 'SELECT', 'OPTION', 'BUTTON', 'CODE', 'PRE', 'KBD', 'SAMP',
]);

/** Class names of code and rich-text editors that render with ordinary elements. */
const EDITOR_CLASS = /CodeMirror|cm-editor|monaco-editor|ProseMirror|ace_editor|ql-editor/;

/** Dossier's own injected UI carries this attribute; its text is never page text. */
export const DOSSIER_UI_ATTRIBUTE = 'data-dossier-ui';

/** Elements that start a new block of text: text on either side never runs together. */
const BLOCK_TAGS = tagSet([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BODY', 'CAPTION', 'CENTER', 'DD', 'DETAILS', 'DIALOG', 'DIV', 'DL', 'DT',
  'FIELDSET', 'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HGROUP',
  'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'SECTION', 'SUMMARY', 'TABLE', 'TBODY', 'TD', 'TFOOT', 'TH', 'THEAD',
  'TR', 'UL', 'LEGEND', 'MENU', 'HTML',
]);

/**
 * The elements that can host a shadow root (the DOM standard's list, and custom elements, whose
 * names hold a hyphen): only these are asked for one, a call into the DOM saved on every other.
 */
const SHADOW_HOST_TAGS = tagSet([
  'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BODY', 'DIV', 'FOOTER', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'MAIN',
  'NAV', 'P', 'SECTION', 'SPAN',
]);

/** What an element's tag alone says, as bits of `tagKind`: one lookup per element for the text model. */
export const TAG_SKIPPED = 1;
export const TAG_BLOCK = 2;
export const TAG_SHADOW_HOST = 4;
export const TAG_LINE_BREAK = 8;

const TAG_KINDS = new Map<string, number>();
for (const [tags, kind] of [[SKIPPED_TAGS, TAG_SKIPPED], [BLOCK_TAGS, TAG_BLOCK], [SHADOW_HOST_TAGS, TAG_SHADOW_HOST], [tagSet(['BR']), TAG_LINE_BREAK],
  // Common inline elements: known to be nothing of the above without looking for a hyphen.
  [tagSet(['A', 'B', 'I', 'U', 'S', 'EM', 'STRONG', 'SMALL', 'SUP', 'SUB', 'LABEL', 'TIME', 'ABBR', 'CITE', 'Q', 'MARK', 'FONT']), 0]] as const) {
  for (const tag of tags) TAG_KINDS.set(tag, (TAG_KINDS.get(tag) ?? 0) | kind);
}

/** The `TAG_…` bits of an element by its `tagName`; a custom element (a hyphen in its name) can host a shadow root. */
export function tagKind(tag: string): number {
  const kind = TAG_KINDS.get(tag);
  if (kind !== undefined) return kind;
  return tag.includes('-') ? TAG_SHADOW_HOST : 0;
}

/** `tag` is the element's `tagName`, when the caller has read it already (each read is a call into the DOM). */
export function isBlockElement(element: Element, tag = element.tagName): boolean {
  return BLOCK_TAGS.has(tag);
}

/** True when nothing inside `element` is text Dossier should read or mark. */
export function isSkippedElement(element: Element, tag = element.tagName): boolean {
  if (SKIPPED_TAGS.has(tag)) return true;
  // Most elements carry no attribute at all: one call instead of more.
  return element.hasAttributes() && isSkippedByAttributes(element);
}

const STYLE_HIDES = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)/i;

/**
 * The attribute rules of `isSkippedElement`: the element's attribute names in one call, and the
 * value read only of those the rules look at (most elements carry a class and nothing else of them).
 */
export function isSkippedByAttributes(element: Element): boolean {
  const names = element.getAttributeNames();
  for (let i = 0; i < names.length; i++) {
    const name = names[i]!;
    switch (name) {
      case 'hidden':
      case DOSSIER_UI_ATTRIBUTE:
        return true;
      case 'aria-hidden':
        if (element.getAttribute(name) === 'true') return true;
        break;
      case 'contenteditable': {
        const editable = element.getAttribute(name);
        if (editable !== null && editable.toLowerCase() !== 'false') return true;
        break;
      }
      case 'role': {
        const role = element.getAttribute(name);
        if (role === 'textbox' || role === 'code') return true;
        break;
      }
      case 'style': {
        const style = element.getAttribute(name);
        if (style !== null && STYLE_HIDES.test(style)) return true;
        break;
      }
      case 'class': {
        const className = element.getAttribute(name);
        if (className !== null && EDITOR_CLASS.test(className)) return true;
        break;
      }
    }
  }
  return false;
}

/** True when `node` sits inside an element Dossier must skip (used for nodes added to a live page). */
export function isInsideSkippedElement(node: Node): boolean {
  for (let element = node.parentElement; element !== null; element = element.parentElement) {
    if (isSkippedElement(element)) return true;
    if ((element as HTMLElement).isContentEditable === true) return true;
  }
  return false;
}
