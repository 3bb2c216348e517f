/**
 * Listens to the page for what opens and closes hover cards: the pointer over a highlight,
 * Escape, scrolling the mention away. Listeners sit on the document in the capture phase, so a
 * page that stops propagation cannot hide a mark's hover from Dossier.
 */
import type { HighlightedMention } from '../../highlight/highlighter';
import { MARK_SELECTOR } from '../../text/mark-attributes';
import type { PageHighlights } from '../../highlight/page-highlights';
import type { CardPresenter } from './card-presenter';
import type { HoverIntent } from './hover-intent';

export interface PageHoverOptions {
  doc: Document;
  highlights: PageHighlights;
  intent: HoverIntent<HighlightedMention>;
  presenter: CardPresenter;
  signal: AbortSignal;
}

export function watchPageHover({ doc, highlights, intent, presenter, signal }: PageHoverOptions): void {
  const listen = { capture: true, passive: true, signal };
  const mentionAt = (event: Event): HighlightedMention | undefined => {
    // The real target, also for marks inside open shadow roots (events are retargeted to the host).
    const target = event.composedPath()[0];
    if (!(target instanceof Element)) return undefined;
    const mark = target.closest(MARK_SELECTOR);
    return mark ? highlights.mentionOf(mark) : undefined;
  };

  doc.addEventListener('pointerover', (event) => {
    const mention = mentionAt(event);
    if (mention) intent.enterMention(mention);
  }, listen);

  doc.addEventListener('pointerout', (event) => {
    const from = mentionAt(event);
    if (!from) return;
    const to = (event as PointerEvent).relatedTarget;
    // Moving between the pieces of one mention ("<b>Xi</b> Jinping") is not leaving it.
    if (to instanceof Element) {
      const mark = to.closest(MARK_SELECTOR);
      if (mark && highlights.mentionOf(mark) === from) return;
    }
    intent.leaveMention();
  }, listen);

  doc.addEventListener('keydown', (event) => {
    if ((event as KeyboardEvent).key === 'Escape' && intent.openTarget !== null) intent.dismiss();
  }, { capture: true, signal });

  const follow = () => {
    if (intent.openTarget !== null && !presenter.reposition()) intent.dismiss();
  };
  doc.addEventListener('scroll', follow, listen);
  doc.defaultView?.addEventListener('resize', follow, listen);
}
