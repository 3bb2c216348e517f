/**
 * The page's side of the analysis: sends what the background needs (text, mentions, language,
 * URL, the page's metadata) once a scan is complete and again after live changes settle, and
 * keeps the report it gets back for the cards and the popup. The background keeps nothing: if its
 * worker was stopped, the next request starts it again and the report is rebuilt from what is sent.
 */
import type { PageText } from '../analysis/page-text';
import type { AnalysisReport, ArticleMetadata } from '../analysis/types';

export interface ReportClientOptions {
  /** The background's analysis of `page` (a message to the worker). */
  analyze(page: PageText): Promise<AnalysisReport>;
  /** The page's text as it is now; null when there is nothing current to analyse. */
  readPage(): Promise<PageText | null>;
  /** Called whenever the report, or whether it failed, changes. */
  onChange(): void;
}

/** How long the page must stay quiet after a live change before the report is brought up to date. */
export const REPORT_REFRESH_MS = 1500;
/** A request sent while the worker was being stopped fails once; it is sent again this many times. */
const ATTEMPTS = 2;

export class ReportClient {
  report: AnalysisReport | null = null;
  /** Set when the background could not build the report (after a retry). */
  failed = false;
  private timer: ReturnType<typeof setTimeout> | null = null;
  /** A request in flight; while it runs, a new one only marks it stale. */
  private running: Promise<void> | null = null;
  private stale = false;
  /** Bumped by reset(): an answer for a page that is gone is dropped. */
  private generation = 0;

  constructor(private readonly options: ReportClientOptions) {}

  get pending(): boolean {
    return this.timer !== null || this.running !== null;
  }

  /** Asks for a report: at once when there is none yet, else once live changes have settled. */
  schedule(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    const delay = this.report === null ? 0 : REPORT_REFRESH_MS;
    this.timer = setTimeout(() => {
      this.timer = null;
      this.refresh();
    }, delay);
  }

  /** Replaces the report's header (completed off the page) without asking for a new report. */
  setHeader(article: ArticleMetadata): void {
    if (this.report === null) return;
    this.report = { ...this.report, article };
    this.options.onChange();
  }

  /** Forgets the report: the page was rescanned or switched off. */
  reset(): void {
    this.generation++;
    this.report = null;
    this.failed = false;
    this.stale = false;
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
  }

  private refresh(): void {
    if (this.running) {
      this.stale = true;
      return;
    }
    const generation = this.generation;
    this.running = this.request()
      .then((report) => {
        if (generation !== this.generation || report === 'nothing') return;
        this.report = report ?? this.report;
        this.failed = report === null;
        this.options.onChange();
      })
      .finally(() => {
        this.running = null;
        if (this.stale) {
          this.stale = false;
          this.schedule();
        }
      });
  }

  /** The report, null when the background failed, 'nothing' when there was no page to analyse. */
  private async request(): Promise<AnalysisReport | null | 'nothing'> {
    const page = await this.options.readPage();
    if (page === null) return 'nothing';
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.options.analyze(page);
      } catch (error) {
        if (attempt >= ATTEMPTS) {
          console.warn('Dossier: analysis failed', error);
          return null;
        }
      }
    }
  }
}
