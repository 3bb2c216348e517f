/**
 * One shared style sheet for the page's marks, in place of an inline style on each.
 *
 * Each mark used to carry its whole look inline (`all: unset !important` and the rest: mark-style.ts),
 * and the browser cascades an inline style on its own for every element: `all` alone is hundreds of
 * longhands. Measured on the bench's dense 100 KB page (Chromium, 64 new marks in the first
 * paragraphs, style and layout forced at once): 0.7 ms of script and 2.9 ms of style and layout a
 * batch inline, 0.3 and 1.1 ms with one shared rule; the browser then shares one computed style
 * between the marks of a paragraph.
 *
 * The page must still not restyle a mark. The rules are `!important`, in a cascade layer of their own
 * (an `!important` declaration in a layer beats every unlayered one, whatever its specificity) and
 * with the specificity of ten ids besides. What beats them: a page's own `!important` rule inside a
 * cascade layer (layers the page declares come before ours), or a script that writes the mark's own
 * `style`. The inline style beat the first; a page that does it styles marks on purpose.
 *
 * The sheet is a constructed one (`new CSSStyleSheet()`), adopted by the document and by each open
 * shadow root a mark is placed in: not a `<style>` element the page could see in its head, and not
 * subject to the page's style-src policy. A page that replaces a root's `adoptedStyleSheets` drops
 * it; it is adopted again with the next marks placed there. Where a sheet cannot be adopted (no
 * constructable style sheets, or a root that refuses it), marks carry the inline style as before.
 */
import type { MarkDecoration } from './highlighter';
import { markStyle } from './mark-style';
import type { HighlightStyle } from '../settings/settings';
import { ENTITY_ATTRIBUTE, MARK_ATTRIBUTE } from '../text/mark-attributes';

/** The cascade layer of the marks' rules. */
export const MARK_LAYER = 'dossier-marks';

/** Ten ids' worth of specificity, matching every element (no element has the id `_` ten times over). */
const TEN_IDS = ':not(#_#_#_#_#_#_#_#_#_#_)';

/** A CSS string literal: the entity id is the user's own text. */
function cssString(value: string): string {
  return `"${value.replace(/[\\"]/g, '\\$&').replace(/[\n\r\f]/g, (c) => `\\${c.charCodeAt(0).toString(16)} `)}"`;
}

/** The sheet's text: a rule per entity (its colour), and one for a mark of an entity not (or no longer) known. */
export function markSheetText(colours: ReadonlyMap<string, string>, style: HighlightStyle = 'background-underline'): string {
  const base = `mark[${MARK_ATTRIBUTE}]`;
  const rules = [`${base}${TEN_IDS} { ${markStyle('', style)} }`];
  for (const [id, colour] of colours) {
    rules.push(`${base}[${ENTITY_ATTRIBUTE}=${cssString(id)}]${TEN_IDS} { ${markStyle(colour, style)} }`);
  }
  return `@layer ${MARK_LAYER} {\n${rules.join('\n')}\n}`;
}

type StyleRoot = Document | ShadowRoot;

interface Adoptable {
  adoptedStyleSheets: CSSStyleSheet[];
}

export class MarkSheet {
  private readonly sheet: CSSStyleSheet | null;
  /** The shadow roots that adopted the sheet (the document aside). */
  private readonly shadowRoots = new Set<ShadowRoot>();

  constructor(private readonly doc: Document) {
    this.sheet = MarkSheet.construct(doc);
  }

  private static construct(doc: Document): CSSStyleSheet | null {
    const view = doc.defaultView as (Window & { CSSStyleSheet?: typeof CSSStyleSheet }) | null;
    const Sheet = view?.CSSStyleSheet;
    if (typeof Sheet !== 'function' || !('adoptedStyleSheets' in doc)) return null;
    try {
      const sheet = new Sheet();
      return typeof sheet.replaceSync === 'function' ? sheet : null;
    } catch {
      return null;
    }
  }

  /** Whether marks can be styled by the sheet at all (else they carry their style inline). */
  get available(): boolean {
    return this.sheet !== null;
  }

  /** The rules for these entities and this style of highlight. */
  setRules(colours: ReadonlyMap<string, string>, style: HighlightStyle): void {
    this.sheet?.replaceSync(markSheetText(colours, style));
  }

  /**
   * Makes sure the root of `node` (the document, or an open shadow root) has adopted the sheet:
   * true when marks placed there are styled by it, false when they need their style inline.
   */
  styles(node: Node): boolean {
    const sheet = this.sheet;
    if (sheet === null) return false;
    const root = node.getRootNode() as Node;
    if (root !== this.doc && !(root.nodeType === 11 && (root as ShadowRoot).host)) return false;
    const adoptable = root as unknown as StyleRoot & Adoptable;
    try {
      const adopted = adoptable.adoptedStyleSheets;
      if (adopted.includes(sheet)) return true;
      adoptable.adoptedStyleSheets = [...adopted, sheet];
      if (!adoptable.adoptedStyleSheets.includes(sheet)) return false;
      if (root !== this.doc) this.shadowRoots.add(root as ShadowRoot);
      return true;
    } catch {
      return false;
    }
  }

  /** Takes the sheet out of every root that adopted it: the page is as it was. */
  remove(): void {
    const sheet = this.sheet;
    if (sheet === null) return;
    const roots: StyleRoot[] = [this.doc, ...this.shadowRoots];
    this.shadowRoots.clear();
    for (const root of roots) {
      const adoptable = root as unknown as Partial<Adoptable>;
      try {
        const adopted = adoptable.adoptedStyleSheets;
        if (adopted?.includes(sheet)) adoptable.adoptedStyleSheets = adopted.filter((other) => other !== sheet);
      } catch {
        // A root that refuses: the sheet's rules match no mark once the marks are gone.
      }
    }
  }
}

/**
 * How the page's marks look, for the page scanner: the sheet's rules for these entities, and the
 * inline style (mark-style.ts) wherever the sheet cannot reach.
 */
export function sheetDecoration(sheet: MarkSheet, colours: ReadonlyMap<string, string>, style: HighlightStyle = 'background-underline'): MarkDecoration {
  sheet.setRules(colours, style);
  return {
    styleOf: (id) => markStyle(colours.get(id) ?? '', style),
    sharedStyle: (node) => sheet.styles(node),
  };
}
