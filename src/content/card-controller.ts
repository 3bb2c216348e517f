/**
 * The hover card on a page: opens it on hover or from the keyboard and the popup, fills it from
 * the watchlist and the report's quotes, and steps between the mentions of an entity. Plain DOM;
 * the content script supplies the element the card renders into.
 */
import type { QuoteReport } from '../analysis/types';
import type { Entity } from '../catalog/entity';
import type { HighlightedMention } from '../highlight/highlighter';
import type { PageHighlights } from '../highlight/page-highlights';
import { cardDataFor } from '../ui/card/card-data';
import { CardPresenter } from '../ui/card/card-presenter';
import { HoverIntent } from '../ui/card/hover-intent';
import { watchPageHover } from '../ui/card/page-hover';
import type { SpeakerHistoryAnswer } from '../messaging/dossier-messages';

/** "N more in your dossier": the background answers it (a web page cannot open the extension's IndexedDB). */
export interface DossierLookup {
  history(entityId: string): Promise<SpeakerHistoryAnswer | null>;
  open(entityId: string): void;
}

let dossierLookup: DossierLookup | null = null;

/** Set once by the content script, as `setMessageLookup` is; without it (tests, the CLI) cards show no dossier line. */
export function setDossierLookup(lookup: DossierLookup | null): void {
  dossierLookup = lookup;
}

export interface CardControllerOptions {
  doc: Document;
  /** Mounts Dossier's shadow-root UI on first use and gives the element the card renders into. */
  mountCardContainer(): Promise<HTMLElement>;
  /** The mentions found on the page, marked or waiting for their marks; null when none. */
  highlights(): PageHighlights | null;
  /** Gives a mention waiting unmarked (far from the viewport of a dense page) its marks; false when it cannot. */
  markNow(mention: HighlightedMention): boolean;
  entity(id: string): Entity | undefined;
  /** The report's quotes, once the background has built it. */
  quotes(): readonly QuoteReport[];
}

export class CardController {
  readonly intent: HoverIntent<HighlightedMention>;
  private presenter: CardPresenter | null = null;
  private presenterReady: Promise<CardPresenter> | null = null;
  private readonly hoverAbort = new AbortController();
  private hoverBinding: AbortController | null = null;
  private boundTo: PageHighlights | null = null;
  /** Where "next mention" continues from when no card is open. */
  private cursor: HighlightedMention | null = null;

  constructor(private readonly options: CardControllerOptions) {
    this.intent = new HoverIntent<HighlightedMention>({
      open: (mention) => void this.openCard(mention, false),
      close: () => this.presenter?.hide(),
    });
  }

  set openDelayMs(ms: number) {
    this.intent.openDelayMs = ms;
  }

  /** Hover listeners read one set of highlights; a rescan makes a new one. Mounts the card UI on first use. */
  watch(highlights: PageHighlights): void {
    void this.ensurePresenter().then((presenter) => {
      if (this.boundTo === highlights || this.options.highlights() !== highlights) return;
      this.boundTo = highlights;
      this.hoverBinding?.abort();
      this.hoverBinding = new AbortController();
      const signal = AbortSignal.any([this.hoverAbort.signal, this.hoverBinding.signal]);
      watchPageHover({ doc: this.options.doc, highlights, intent: this.intent, presenter, signal });
    });
  }

  /** Closes the card and forgets where the keyboard was: the marks are going. */
  reset(): void {
    this.intent.dismiss();
    this.cursor = null;
  }

  destroy(): void {
    this.hoverAbort.abort();
    this.reset();
  }

  /** Scrolls to the `index`-th mention of an entity, flashes it and opens its card. */
  scrollToMention(entityId: string, index: number): boolean {
    const mention = this.options.highlights()?.ofEntity(entityId)[index];
    if (!mention) return false;
    return this.goTo(mention, true);
  }

  /** The keyboard shortcut: next mention of any entity after the open card (or the last visited). */
  nextMention(): boolean {
    const all = this.options.highlights()?.all() ?? [];
    if (all.length === 0) return false;
    const from = this.intent.openTarget ?? this.cursor;
    const at = from ? all.indexOf(from) : -1;
    return this.goTo(all[(at + 1) % all.length]!, true);
  }

  private stepWithinEntity(mention: HighlightedMention, step: 1 | -1): void {
    const same = this.options.highlights()?.ofEntity(mention.entityId) ?? [];
    if (same.length === 0) return;
    const at = same.indexOf(mention);
    this.goTo(same[(at + step + same.length) % same.length]!, true);
  }

  /** Scrolls to a mention (marking it first if it waits unmarked), flashes it and opens its card. */
  private goTo(mention: HighlightedMention, focus: boolean): boolean {
    if (!this.options.markNow(mention)) return false;
    const mark = mention.marks[0]!;
    this.cursor = mention;
    mark.scrollIntoView({ block: 'center', inline: 'nearest', behavior: 'instant' as ScrollBehavior });
    flash(mention);
    this.intent.openNow(mention);
    void this.openCard(mention, focus);
    return true;
  }

  private async openCard(mention: HighlightedMention, focus: boolean): Promise<void> {
    const presenter = await this.ensurePresenter();
    if (this.intent.openTarget !== mention) return;
    const highlights = this.options.highlights();
    const entity = this.options.entity(mention.entityId);
    if (!highlights || !entity) return;
    const same = highlights.ofEntity(mention.entityId);
    const data = cardDataFor(entity, same.indexOf(mention) + 1, same.length, this.options.quotes());
    presenter.show(mention, data, { focus });
    if (dossierLookup === null || data.quotesBy.length === 0) return;
    const history = await dossierLookup.history(entity.id).catch(() => null);
    // Shown again with the dossier's line only if the same card is still open.
    if (history && history.count > 0 && this.intent.openTarget === mention && presenter.mention === mention) {
      presenter.show(mention, { ...data, history });
    }
  }

  private ensurePresenter(): Promise<CardPresenter> {
    this.presenterReady ??= this.options.mountCardContainer().then((container) => {
      this.presenter = new CardPresenter({
        container,
        onPrevious: (mention) => this.stepWithinEntity(mention, -1),
        onNext: (mention) => this.stepWithinEntity(mention, 1),
        onClose: () => this.intent.dismiss(),
        onOpenDossier: (entityId) => dossierLookup?.open(entityId),
        onPointerEnter: () => this.intent.enterCard(),
        onPointerLeave: () => this.intent.leaveCard(),
      });
      return this.presenter;
    });
    return this.presenterReady;
  }
}

/** A short pulse around the mention, without touching its DOM (the Web Animations API). */
function flash(mention: HighlightedMention): void {
  for (const mark of mention.marks) {
    mark.animate?.(
      [{ boxShadow: '0 0 0 3px rgb(37 99 235 / 0.9)' }, { boxShadow: '0 0 0 3px rgb(37 99 235 / 0)' }],
      { duration: 1200, easing: 'ease-out' },
    );
  }
}
