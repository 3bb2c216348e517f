/**
 * A document's HTML, serialised in pieces with the page given its turn between them: one
 * `outerHTML` of a large page is one call into the browser that no one can slice (50.9 ms measured
 * on a 130 KB encyclopedia page). Elements with much text inside are opened, their children
 * serialised one by one, and closed; the result equals `documentElement.outerHTML`.
 */
import { SliceClock } from './slice-clock';

/** An element with more text than this inside (the measure of its size a native call gives) is serialised child by child. */
const TEXT_IN_ONE_PIECE = 4096;

export async function htmlInPieces(root: Element, clock: SliceClock = new SliceClock()): Promise<string> {
  const parts: string[] = [];
  const visit = async (element: Element): Promise<void> => {
    if (element.childElementCount === 0 || (element.textContent ?? '').length <= TEXT_IN_ONE_PIECE || RAW_TEXT.has(element.localName)) {
      parts.push(element.outerHTML);
    } else {
      const shell = (element.cloneNode(false) as Element).outerHTML;
      const close = `</${element.localName}>`;
      parts.push(shell.endsWith(close) ? shell.slice(0, -close.length) : shell);
      for (const child of Array.from(element.childNodes)) {
        await clock.yieldIfDue();
        if (child.nodeType === ELEMENT_NODE) await visit(child as Element);
        else parts.push(serialiseLeaf(child));
      }
      if (shell.endsWith(close)) parts.push(close);
    }
  };
  await visit(root);
  return parts.join('');
}

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const COMMENT_NODE = 8;
/** Elements whose text is not escaped when serialised. */
const RAW_TEXT = new Set(['script', 'style', 'xmp', 'iframe', 'noembed', 'noframes', 'plaintext', 'noscript', 'template']);

function serialiseLeaf(node: Node): string {
  if (node.nodeType === TEXT_NODE) return escapeText(node.nodeValue ?? '');
  if (node.nodeType === COMMENT_NODE) return `<!--${node.nodeValue ?? ''}-->`;
  return '';
}

function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/\u00a0/g, '&nbsp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
