/**
 * Dossier on one page: scans and highlights while the site is on, clears everything when it is
 * switched off, and tells the popup where things stand. The report comes from the background
 * (ReportClient), the card from the CardController; this class only coordinates them. Plain DOM
 * and callbacks: the content script supplies messaging, storage and the shadow root.
 */
import type { PageText } from '../analysis/page-text';
import type { AnalysisReport, ArticleMetadata } from '../analysis/types';
import { headerNeedsReadability, readArticleMetadata } from '../article/read-article-metadata';
import { enabledEntities, type Catalog, type Entity } from '../catalog/entity';
import { MarkSheet, sheetDecoration } from '../highlight/mark-sheet';
import { PageScanner } from '../highlight/page-scanner';
import { outerHtmlInSlices } from '../live/page-html';
import { SliceClock } from '../live/slice-clock';
import { compileMatcherInSlices, knownMatcher, type MentionMatcher } from '../matching/compile-matcher';
import type { PageState } from '../messaging/messages';
import type { Settings } from '../settings/settings';
import { CardController } from './card-controller';
import { ReportClient } from './report-client';

export interface PageConfig {
  /** False when the site is switched off or Dossier is paused: nothing is scanned. */
  active: boolean;
  /** What the popup is told while inactive. */
  inactiveStatus: 'disabled' | 'paused';
  catalog: Catalog;
  settings: Settings;
}

export interface PageSessionOptions {
  doc: Document;
  url(): string;
  /** Mounts Dossier's shadow-root UI on first use and gives the element the card renders into. */
  mountCardContainer(): Promise<HTMLElement>;
  onStateChange(state: PageState): void;
  /** The background's report on what the page sends. */
  analyze(page: PageText): Promise<AnalysisReport>;
  /**
   * The article header read by Readability off the page, on the page's HTML (an offscreen
   * document or Firefox's background page); null when it could not be read.
   */
  readHeader(html: string, url: string): Promise<ArticleMetadata | null>;
  /** A matcher compiled ahead of time for this catalogue, if one is stored (matcher-snapshot.ts). */
  storedMatcher?(catalog: Catalog): Promise<MentionMatcher | null>;
}

/** The page's own metadata only: Readability's parse never runs on the page. */
const PAGE_METADATA_ONLY = { maxElementsForReadability: 0 };

export class PageSession {
  private scanner: PageScanner | null = null;
  /** The marks' shared style sheet, adopted by the page while it holds marks. */
  private readonly markSheet: MarkSheet;
  /** Bumped by every rescan, so one overtaken while its matcher compiled gives up. */
  private rescans = 0;
  private config: PageConfig | null = null;
  private entities = new Map<string, Entity>();
  private status: PageState['status'] = 'scanning';
  /** Set once the popup asked: the report is then built even on a page without marks. */
  private reportWanted = false;
  /**
   * The article header: read from the page's metadata with the first report, completed by
   * Readability off the page once the popup asks. A live page's changes keep it.
   */
  private header: ArticleMetadata | null = null;
  private headerComplete = false;
  /** Readability could not run on this page (the parse failed, or the background could not be reached). */
  private headerFailed = false;
  private headerRun: Promise<void> | null = null;
  readonly reports: ReportClient;
  readonly cards: CardController;

  constructor(private readonly options: PageSessionOptions) {
    this.markSheet = new MarkSheet(options.doc);
    this.reports = new ReportClient({
      analyze: options.analyze,
      readPage: () => this.readPage(),
      onChange: () => {
        this.notify();
        if (this.reportWanted) this.completeHeader();
      },
    });
    this.cards = new CardController({
      doc: options.doc,
      mountCardContainer: options.mountCardContainer,
      highlights: () => this.scanner?.highlights ?? null,
      markNow: (mention) => this.scanner?.markNow(mention) ?? false,
      entity: (id) => this.entities.get(id),
      quotes: () => this.reports.report?.quotes ?? [],
    });
  }

  get highlights() {
    return this.scanner?.highlights ?? null;
  }

  get scanStats() {
    return this.scanner?.stats ?? null;
  }

  state(): PageState {
    return {
      status: this.status,
      report: this.reports.report,
      markCount: this.scanner?.highlights.count ?? 0,
      ...(this.reports.failed ? { reportFailed: true } : {}),
      ...(this.headerFailed ? { headerIncomplete: true } : {}),
    };
  }

  /**
   * The popup opened: it wants the report, which a page without marks does not build on its own
   * (no card needs its quotes), and the whole header. Both arrive through `onStateChange`.
   */
  popupOpened(): PageState {
    this.reportWanted = true;
    if (this.reports.report === null && this.status === 'ready' && !this.reports.pending) this.reports.schedule();
    this.completeHeader();
    return this.state();
  }

  /** Applies settings and watchlist; rescans only when what is marked, or how, changed. */
  async configure(config: PageConfig): Promise<void> {
    const previous = this.config;
    this.config = config;
    this.cards.openDelayMs = config.settings.hoverDelayMs;
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
    this.entities = new Map(catalog.map((entity) => [entity.id, entity]));
    // The matcher this page already has, or the one the background stored, or else one compiled here, in slices.
    const matcher = knownMatcher(catalog)
      ?? (await this.options.storedMatcher?.(catalog))
      ?? await compileMatcherInSlices(catalog, new SliceClock());
    if (rescan !== this.rescans || this.config !== config) return;
    const style = config.settings.highlightStyle;
    const scanner = new PageScanner({
      root: this.options.doc.body ?? this.options.doc.documentElement,
      findMentions: (text) => matcher.findMentions(text),
      mentionSteps: (text) => matcher.findMentionsInSteps(text),
      mayNameAnything: (text) => matcher.mayNameAnythingInSteps(text),
      decoration: sheetDecoration(this.markSheet, new Map(catalog.map((entity) => [entity.id, entity.colour])), style),
      onChange: () => this.onScannerChange(scanner),
    });
    this.scanner = scanner;
    this.setStatus('scanning');
    await scanner.start();
  }

  destroy(): void {
    this.cards.destroy();
    this.stopScanning();
  }

  scrollToMention(entityId: string, index: number): boolean {
    return this.cards.scrollToMention(entityId, index);
  }

  nextMention(): boolean {
    return this.cards.nextMention();
  }

  private onScannerChange(scanner: PageScanner): void {
    if (scanner !== this.scanner) return;
    const status = scanner.status === 'over-budget' ? 'over-budget' : scanner.status === 'ready' ? 'ready' : null;
    if (status === null) return;
    if (status === 'ready') {
      if (scanner.highlights.count > 0) this.cards.watch(scanner.highlights);
      // The cards need the report's quotes; a page without marks needs it only once the popup asks.
      if (scanner.highlights.count > 0 || this.reportWanted) this.reports.schedule();
    }
    this.setStatus(status);
  }

  /** What the background analyses: the scan's text and mentions, the page's language, URL and header. */
  private async readPage(): Promise<PageText | null> {
    const scanner = this.scanner;
    if (!this.config?.active || !scanner) return null;
    const scan = await scanner.currentScan();
    if (scan === null || scanner !== this.scanner) return null;
    const url = this.options.url();
    this.header ??= readArticleMetadata(this.options.doc, url, PAGE_METADATA_ONLY);
    return { url, text: scan.model.text, mentions: scan.mentions, lang: this.header.lang, article: this.header };
  }

  /**
   * Completes the header with Readability, once the popup asks and a report exists. Most pages
   * declare byline and excerpt in their metadata: their header is whole already. The parse runs
   * off the page, on its HTML; if it cannot, the header stays as the page's metadata gives it.
   */
  private completeHeader(): void {
    if (this.headerComplete || this.headerRun || this.reports.report === null) return;
    if (!headerNeedsReadability(this.options.doc)) {
      this.headerComplete = true;
      return;
    }
    const url = this.options.url();
    const rescans = this.rescans;
    // The page's HTML in slices: one `outerHTML` of a big page was a task of 50 ms (live/page-html.ts).
    const clock = new SliceClock();
    this.headerRun = outerHtmlInSlices(this.options.doc.documentElement, clock, { wanted: () => rescans === this.rescans })
      .then((html) => {
        clock.endSlice();
        return this.options.readHeader(html, url);
      })
      .catch(() => null)
      .then((article) => {
        // A rescan or a stop meanwhile: the header belongs to a page that is gone.
        if (rescans !== this.rescans) return;
        this.headerRun = null;
        this.headerComplete = true;
        if (article === null) {
          this.headerFailed = true;
          this.notify();
          return;
        }
        this.header = article;
        this.reports.setHeader(article);
      });
  }

  private stopScanning(): void {
    this.rescans++;
    this.cards.reset();
    this.scanner?.stop();
    this.scanner = null;
    this.markSheet.remove();
    this.reports.reset();
    this.header = null;
    this.headerComplete = false;
    this.headerFailed = false;
    this.headerRun = null;
  }

  private setStatus(status: PageState['status']): void {
    this.status = status;
    this.notify();
  }

  private notify(): void {
    this.options.onStateChange(this.state());
  }
}
