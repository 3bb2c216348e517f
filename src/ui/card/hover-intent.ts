/**
 * When a hover card opens and closes. A card opens after the pointer has rested on a mention for
 * `openDelayMs` (a pass over the text opens nothing), at once when moving from one mention to the
 * next while a card is showing, and closes `closeGraceMs` after the pointer left both mention and
 * card, so it can travel from one to the other.
 */
export interface Timers {
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export interface HoverIntentOptions<T> {
  open(target: T): void;
  close(): void;
  openDelayMs?: number;
  closeGraceMs?: number;
  timers?: Timers;
}

const defaultTimers: Timers = {
  setTimeout: (callback, ms) => setTimeout(callback, ms),
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

export class HoverIntent<T> {
  private current: T | null = null;
  private openTimer: unknown = null;
  private closeTimer: unknown = null;
  private readonly timers: Timers;
  openDelayMs: number;
  readonly closeGraceMs: number;

  constructor(private readonly options: HoverIntentOptions<T>) {
    this.timers = options.timers ?? defaultTimers;
    this.openDelayMs = options.openDelayMs ?? 300;
    this.closeGraceMs = options.closeGraceMs ?? 350;
  }

  get openTarget(): T | null {
    return this.current;
  }

  enterMention(target: T): void {
    this.cancelClose();
    if (this.current === target) return;
    this.cancelOpen();
    if (this.current !== null) {
      this.show(target);
      return;
    }
    this.openTimer = this.timers.setTimeout(() => {
      this.openTimer = null;
      this.show(target);
    }, this.openDelayMs);
  }

  leaveMention(): void {
    this.cancelOpen();
    if (this.current !== null) this.scheduleClose();
  }

  enterCard(): void {
    this.cancelClose();
  }

  leaveCard(): void {
    if (this.current !== null) this.scheduleClose();
  }

  /** Opens at once: keyboard navigation and the popup's "show me" need no delay. */
  openNow(target: T): void {
    this.cancelOpen();
    this.cancelClose();
    this.show(target);
  }

  /** Escape, the mention scrolled away, the page changed: close now. */
  dismiss(): void {
    this.cancelOpen();
    this.cancelClose();
    if (this.current === null) return;
    this.current = null;
    this.options.close();
  }

  private show(target: T): void {
    this.current = target;
    this.options.open(target);
  }

  private scheduleClose(): void {
    if (this.closeTimer !== null) return;
    this.closeTimer = this.timers.setTimeout(() => {
      this.closeTimer = null;
      this.dismiss();
    }, this.closeGraceMs);
  }

  private cancelOpen(): void {
    if (this.openTimer !== null) this.timers.clearTimeout(this.openTimer);
    this.openTimer = null;
  }

  private cancelClose(): void {
    if (this.closeTimer !== null) this.timers.clearTimeout(this.closeTimer);
    this.closeTimer = null;
  }
}
