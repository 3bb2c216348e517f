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

/** `tag` is the element's `tagName`, when the caller has read it already (each read is a call into the DOM). */
export function isBlockElement(element: Element, tag = element.tagName): boolean {
  return BLOCK_TAGS.has(tag);
}

export function canHostShadowRoot(tag: string): boolean {
  return SHADOW_HOST_TAGS.has(tag) || tag.includes('-');
}

/** True when nothing inside `element` is text Dossier should read or mark. */
export function isSkippedElement(element: Element, tag = element.tagName): boolean {
  if (SKIPPED_TAGS.has(tag)) return true;
  // Most elements carry no attribute at all: one call instead of seven lookups.
  if (!element.hasAttributes()) return false;
  if (element.hasAttribute('hidden') || element.hasAttribute(DOSSIER_UI_ATTRIBUTE)) return true;
  if (element.getAttribute('aria-hidden') === 'true') return true;
  const editable = element.getAttribute('contenteditable');
  if (editable !== null && editable.toLowerCase() !== 'false') return true;
  const role = element.getAttribute('role');
  if (role === 'textbox' || role === 'code') return true;
  const style = element.getAttribute('style');
  if (style !== null && /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)/i.test(style)) return true;
  const className = element.getAttribute('class');
  if (className !== null && EDITOR_CLASS.test(className)) return true;
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
