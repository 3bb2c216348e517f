/**
 * Shows the hover card for one mention inside Dossier's shadow root, and keeps it beside the
 * mention: measured after rendering, placed by `placeCard`, moved on scroll, gone when the
 * mention leaves the viewport.
 */
import { render } from 'preact';
import { isInViewport, placeCard, type Rect } from '../../geometry/place-card';
import type { HighlightedMention } from '../../highlight/highlighter';
import type { CardData } from './card-data';
import { HoverCard } from './HoverCard';

export interface CardPresenterOptions {
  /** An element inside the shadow root; the card renders into it. */
  container: HTMLElement;
  onPrevious(mention: HighlightedMention): void;
  onNext(mention: HighlightedMention): void;
  onClose(): void;
  /** "N more in your dossier" was chosen on the card of this entity. */
  onOpenDossier(entityId: string): void;
  onPointerEnter(): void;
  onPointerLeave(): void;
}

export class CardPresenter {
  private readonly layer: HTMLElement;
  private shown: HighlightedMention | null = null;
  private returnFocusTo: HTMLElement | null = null;

  constructor(private readonly options: CardPresenterOptions) {
    const doc = options.container.ownerDocument;
    this.layer = doc.createElement('div');
    this.layer.className = 'layer';
    this.layer.hidden = true;
    this.layer.addEventListener('pointerenter', () => options.onPointerEnter());
    this.layer.addEventListener('pointerleave', () => options.onPointerLeave());
    options.container.append(this.layer);
  }

  get mention(): HighlightedMention | null {
    return this.shown;
  }

  show(mention: HighlightedMention, data: CardData, { focus = false } = {}): void {
    this.shown = mention;
    render(
      <HoverCard
        data={data}
        pageLang={this.layer.ownerDocument.documentElement.lang || null}
        onPrevious={() => this.options.onPrevious(mention)}
        onNext={() => this.options.onNext(mention)}
        onClose={() => this.options.onClose()}
        onOpenDossier={() => this.options.onOpenDossier(data.entity.id)}
      />,
      this.layer,
    );
    this.layer.hidden = false;
    if (!this.reposition()) {
      this.options.onClose();
      return;
    }
    if (focus) {
      const active = this.layer.ownerDocument.activeElement;
      this.returnFocusTo ??= active instanceof HTMLElement ? active : null;
      this.card()?.focus({ preventScroll: true });
    }
  }

  hide(): void {
    this.shown = null;
    render(null, this.layer);
    this.layer.hidden = true;
    const focusBack = this.returnFocusTo;
    this.returnFocusTo = null;
    if (focusBack && focusBack.isConnected) focusBack.focus({ preventScroll: true });
  }

  /** Moves the card beside its mention; false when the mention is no longer on screen. */
  reposition(): boolean {
    const mention = this.shown;
    const card = this.card();
    if (!mention || !card) return false;
    const anchor = anchorRect(mention);
    const view = this.layer.ownerDocument.defaultView;
    const viewport = { width: view?.innerWidth ?? 0, height: view?.innerHeight ?? 0 };
    if (!anchor || !isInViewport(anchor, viewport)) return false;
    card.style.maxHeight = '';
    const size = card.getBoundingClientRect();
    const placed = placeCard(anchor, { width: size.width, height: size.height }, viewport);
    this.layer.style.left = `${Math.round(placed.left)}px`;
    this.layer.style.top = `${Math.round(placed.top)}px`;
    card.style.maxHeight = `${Math.floor(placed.maxHeight)}px`;
    card.dataset.side = placed.side;
    return true;
  }

  private card(): HTMLElement | null {
    return this.layer.querySelector<HTMLElement>('.card');
  }
}

/**
 * The box around every line box of the mention: a mention broken over two lines ("Vladimir /
 * Putin") must not be covered on either line.
 */
function anchorRect(mention: HighlightedMention): Rect | null {
  let left = Infinity;
  let top = Infinity;
  let right = -Infinity;
  let bottom = -Infinity;
  for (const mark of mention.marks) {
    if (!mark.isConnected) continue;
    for (const box of mark.getClientRects()) {
      left = Math.min(left, box.left);
      top = Math.min(top, box.top);
      right = Math.max(right, box.right);
      bottom = Math.max(bottom, box.bottom);
    }
  }
  if (left === Infinity) return null;
  return { left, top, width: right - left, height: bottom - top };
}
