/**
 * Dossier on one page: scans and highlights while the site is on, clears everything when it is
 * switched off, keeps the analysis report for the popup, and runs the hover card and mention
 * navigation. Plain DOM and callbacks; the content script supplies storage, messaging and the
 * shadow root.
 */
import type { AnalysisReport } from '../analysis/types';
import { headerNeedsReadability, readArticleMetadata } from '../article/read-article-metadata';
import { enabledEntities, type Catalog, type Entity } from '../catalog/entity';
import { SliceClock } from '../live/slice-clock';
import { yieldToPage } from '../live/yield-to-page';
import { compileMatcherInSlices, knownMatcher, type MentionMatcher } from '../matching/compile-matcher';
import type { PageState } from '../messaging/messages';
import type { Settings } from '../settings/settings';
import { cardDataFor } from '../ui/card/card-data';
import { CardPresenter } from '../ui/card/card-presenter';
import { HoverIntent } from '../ui/card/hover-intent';
import { watchPageHover } from '../ui/card/page-hover';
import type { HighlightedMention } from './highlighter';
import { markStyle } from './mark-style';
import { PageScanner, type FullScan } from './page-scanner';

export interface PageConfig {
  /** False when the site is switched off or Dossier is paused: nothing is scanned. */
  active: boolean;
  /** What the popup is told while inactive. */
  inactiveStatus: 'disabled' | 'paused';
  catalog: Catalog;
  settings: Settings;
}

export interface ReportOptions {
  /** Without it the article header skips Readability's parse (see `completeHeader`). */
  readability: boolean;
  /** The scanner's read of the page while it is still current: the report reuses it. */
  scanned: FullScan | null;
}

export interface PageSessionOptions {
  doc: Document;
  url(): string;
  /** Mounts Dossier's shadow-root UI on first use and gives the element the card renders into. */
  mountCardContainer(): Promise<HTMLElement>;
  onStateChange(state: PageState): void;
  /**
   * The popup's report for the page (`reportDocumentInSteps`), run after the scan, in slices.
   */
  buildReport(doc: Document, catalog: Catalog, url: string, options: ReportOptions): Promise<AnalysisReport | null>;
  /** A matcher compiled ahead of time for this catalogue, if one is stored (matcher-snapshot.ts). */
  storedMatcher?(catalog: Catalog): Promise<MentionMatcher | null>;
}

/** How long the page must stay quiet before the report is brought up to date. */
const REPORT_REFRESH_MS = 1500;

export class PageSession {
  private scanner: PageScanner | null = null;
  /** Bumped by every rescan, so one overtaken while its matcher compiled gives up. */
  private rescans = 0;
  private config: PageConfig | null = null;
  private entities = new Map<string, Entity>();
  /** The enabled watchlist the scan compiled; the report reuses it, so the compiled matcher is found by identity. */
  private catalog: Catalog = [];
  private report: AnalysisReport | null = null;
  private status: PageState['status'] = 'scanning';
  private reportTimer: ReturnType<typeof setTimeout> | null = null;
  /** A report being built; while it runs, a new request only marks it stale. */
  private reportRun: Promise<void> | null = null;
  private reportStale = false;
  /** Set once the popup asked: the report is then kept up to date even on a page without marks. */
  private reportWanted = false;
  /**
   * Whether the report's article header is all the popup shows. Readability's parse, which finds a
   * byline or an excerpt the page's metadata lacks, is one task of 30–400 ms that cannot be sliced:
   * it waits until the popup asks, instead of running on every page with marks as it loads.
   */
  private headerComplete = false;
  private headerRun: Promise<void> | null = null;
  private presenter: CardPresenter | null = null;
  private presenterReady: Promise<CardPresenter> | null = null;
  private readonly hoverAbort = new AbortController();
  private hoverBinding: AbortController | null = null;
  private boundTo: PageScanner | null = null;
  /** Where "next mention" continues from when no card is open. */
  private cursor: HighlightedMention | null = null;
  readonly intent: HoverIntent<HighlightedMention>;

  constructor(private readonly options: PageSessionOptions) {
    this.intent = new HoverIntent<HighlightedMention>({
      open: (mention) => void this.openCard(mention, false),
      close: () => this.presenter?.hide(),
    });
  }

  get highlights() {
    return this.scanner?.highlights ?? null;
  }

  get scanStats() {
    return this.scanner?.stats ?? null;
  }

  state(): PageState {
    return { status: this.status, report: this.report, markCount: this.scanner?.highlights.count ?? 0 };
  }

  /**
   * The state the popup asked for. The popup also wants the report, which a page without marks
   * does not build on its own (no card needs its quotes): from now on it is built here too.
   */
  stateForPopup(): PageState {
    this.reportWanted = true;
    if (this.report === null && this.status === 'ready' && this.reportRun === null && this.reportTimer === null) this.scheduleReport();
    if (this.report !== null && !this.headerComplete) {
      // Most pages declare byline and excerpt in their metadata: their header is whole already.
      if (headerNeedsReadability(this.options.doc)) this.completeHeader();
      else this.headerComplete = true;
    }
    // Until the header is complete the popup waits, as for a report still being built, and asks again.
    return this.headerComplete ? this.state() : { ...this.state(), report: null };
  }

  /** Reads the article header again, Readability included, into the report the cards already use. */
  private completeHeader(): void {
    if (this.headerRun) return;
    const report = this.report;
    this.headerRun = yieldToPage().then(() => {
      this.headerRun = null;
      // A report built meanwhile had the popup's wish, and its header is complete.
      if (!report || this.report !== report) return;
      this.report = { ...report, article: readArticleMetadata(this.options.doc, this.options.url()) };
      this.headerComplete = true;
      this.options.onStateChange(this.state());
    });
  }

  /** Applies settings and watchlist; rescans only when what is marked, or how, changed. */
  async configure(config: PageConfig): Promise<void> {
    const previous = this.config;
    this.config = config;
    this.intent.openDelayMs = config.settings.hoverDelayMs;
    if (!config.active) {
      this.stopScanning();
      this.setStatus(config.inactiveStatus);
      return;
    }
    const sameMarks = previous?.active && previous.catalog === config.catalog
      && previous.settings.highlightStyle === config.settings.highlightStyle;
    if (sameMarks && this.scanner) return;
    await this.rescan();
  }

  /** Reads the page afresh: after a single-page-app navigation, or a new watchlist. */
  async rescan(): Promise<void> {
    const config = this.config;
    if (!config?.active) return;
    this.stopScanning();
    const rescan = ++this.rescans;
    const catalog = enabledEntities(config.catalog);
    this.catalog = catalog;
    this.entities = new Map(catalog.map((entity) => [entity.id, entity]));
    const clock = new SliceClock();
    // The matcher this page already has, or the one the background stored, or else one compiled here, in slices.
    const matcher = knownMatcher(catalog)
      ?? (await this.options.storedMatcher?.(catalog))
      ?? await compileMatcherInSlices(catalog, clock, yieldToPage);
    if (rescan !== this.rescans || this.config !== config) return;
    const style = config.settings.highlightStyle;
    const scanner = new PageScanner({
      root: this.options.doc.body ?? this.options.doc.documentElement,
      findMentions: (text) => matcher.findMentions(text),
      mentionSteps: (text) => matcher.findMentionsInSteps(text),
      decoration: { styleOf: (id) => markStyle(this.entities.get(id)?.colour ?? '', style) },
      onChange: () => this.onScannerChange(scanner),
    });
    this.scanner = scanner;
    this.report = null;
    this.setStatus('scanning');
    await scanner.start();
  }

  destroy(): void {
    this.hoverAbort.abort();
    this.stopScanning();
  }

  /** Scrolls to the `index`-th mention of an entity, flashes it and opens its card. */
  scrollToMention(entityId: string, index: number): boolean {
    const mention = this.scanner?.highlights.ofEntity(entityId)[index];
    if (!mention) return false;
    this.goTo(mention, true);
    return true;
  }

  /** The keyboard shortcut: next mention of any entity after the open card (or the last visited). */
  nextMention(): boolean {
    const all = this.scanner?.highlights.all() ?? [];
    if (all.length === 0) return false;
    const from = this.intent.openTarget ?? this.cursor;
    const at = from ? all.indexOf(from) : -1;
    this.goTo(all[(at + 1) % all.length]!, true);
    return true;
  }

  private stepWithinEntity(mention: HighlightedMention, step: 1 | -1): void {
    const same = this.scanner?.highlights.ofEntity(mention.entityId) ?? [];
    if (same.length === 0) return;
    const at = same.indexOf(mention);
    this.goTo(same[(at + step + same.length) % same.length]!, true);
  }

  private goTo(mention: HighlightedMention, focus: boolean): void {
    const mark = mention.marks[0]!;
    this.cursor = mention;
    mark.scrollIntoView({ block: 'center', inline: 'nearest', behavior: 'instant' as ScrollBehavior });
    flash(mention);
    this.intent.openNow(mention);
    void this.openCard(mention, focus);
  }

  private async openCard(mention: HighlightedMention, focus: boolean): Promise<void> {
    const presenter = await this.ensurePresenter();
    if (this.intent.openTarget !== mention) return;
    const highlights = this.scanner?.highlights;
    const entity = this.entities.get(mention.entityId);
    if (!highlights || !entity) return;
    const same = highlights.ofEntity(mention.entityId);
    const data = cardDataFor(entity, same.indexOf(mention) + 1, same.length, this.report?.quotes ?? []);
    presenter.show(mention, data, { focus });
  }

  private ensurePresenter(): Promise<CardPresenter> {
    this.presenterReady ??= this.options.mountCardContainer().then((container) => {
      this.presenter = new CardPresenter({
        container,
        onPrevious: (mention) => this.stepWithinEntity(mention, -1),
        onNext: (mention) => this.stepWithinEntity(mention, 1),
        onClose: () => this.intent.dismiss(),
        onPointerEnter: () => this.intent.enterCard(),
        onPointerLeave: () => this.intent.leaveCard(),
      });
      return this.presenter;
    });
    return this.presenterReady;
  }

  private onScannerChange(scanner: PageScanner): void {
    if (scanner !== this.scanner) return;
    const status = scanner.status === 'over-budget' ? 'over-budget' : scanner.status === 'ready' ? 'ready' : null;
    if (status === null) return;
    if (status === 'ready') {
      // Hover listeners read the highlights of the current scanner; mount them once marks exist.
      if (scanner.highlights.count > 0) void this.ensurePresenter().then(() => this.rebindHover(scanner));
      // The report costs more than the scan: built for the cards' quotes, or once the popup asked.
      if (scanner.highlights.count > 0 || this.reportWanted) this.scheduleReport();
    }
    this.setStatus(status);
  }

  /** Hover listeners read one scanner's highlights; a rescan makes a new scanner. */
  private rebindHover(scanner: PageScanner): void {
    if (this.boundTo === scanner || !this.presenter) return;
    this.boundTo = scanner;
    this.hoverBinding?.abort();
    this.hoverBinding = new AbortController();
    const signal = AbortSignal.any([this.hoverAbort.signal, this.hoverBinding.signal]);
    watchPageHover({ doc: this.options.doc, highlights: scanner.highlights, intent: this.intent, presenter: this.presenter, signal });
  }

  private scheduleReport(): void {
    if (this.reportTimer !== null) clearTimeout(this.reportTimer);
    const delay = this.report === null ? 0 : REPORT_REFRESH_MS;
    this.reportTimer = setTimeout(() => {
      this.reportTimer = null;
      this.refreshReport();
    }, delay);
  }

  /** The popup's data, from the engine's analysis; off the scan's critical path, in steps. */
  private refreshReport(): void {
    if (this.reportRun) {
      this.reportStale = true;
      return;
    }
    const scanner = this.scanner;
    if (!this.config?.active || !scanner) return;
    // A live page's updates do not change its header: a complete one is kept, and Readability not run again.
    const kept = this.headerComplete ? this.report?.article ?? null : null;
    const readability = this.reportWanted && kept === null;
    this.reportRun = this.options.buildReport(this.options.doc, this.catalog, this.options.url(), { readability, scanned: scanner.fullScan })
      .catch((error: unknown) => {
        console.warn('Dossier: analysis failed', error);
        return null;
      })
      .then((report) => {
        this.reportRun = null;
        // After a rescan or a stop while it was built, the report describes a page that is gone.
        if (this.scanner === scanner) {
          this.report = report && kept ? { ...report, article: kept } : report;
          this.headerComplete = readability || kept !== null;
          this.options.onStateChange(this.state());
        }
        if (this.reportStale) {
          this.reportStale = false;
          this.scheduleReport();
        }
      });
  }

  private stopScanning(): void {
    this.rescans++;
    this.intent.dismiss();
    this.scanner?.stop();
    this.scanner = null;
    this.report = null;
    this.reportStale = false;
    this.cursor = null;
    if (this.reportTimer !== null) clearTimeout(this.reportTimer);
    this.reportTimer = null;
  }

  private setStatus(status: PageState['status']): void {
    this.status = status;
    this.options.onStateChange(this.state());
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
