import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { HoverIntent } from '../../../src/ui/card/hover-intent';

describe('HoverIntent', () => {
  let events: string[];
  let intent: HoverIntent<string>;

  beforeEach(() => {
    vi.useFakeTimers();
    events = [];
    intent = new HoverIntent<string>({
      open: (target) => events.push(`open ${target}`),
      close: () => events.push('close'),
      openDelayMs: 300,
      closeGraceMs: 350,
    });
  });
  afterEach(() => vi.useRealTimers());

  it('opens after the pointer rests on a mention, not when it passes over', () => {
    intent.enterMention('a');
    vi.advanceTimersByTime(200);
    intent.leaveMention();
    vi.advanceTimersByTime(1000);
    expect(events).toEqual([]);
    intent.enterMention('a');
    vi.advanceTimersByTime(300);
    expect(events).toEqual(['open a']);
  });

  it('moves from mention to mention without a delay while a card shows', () => {
    intent.openNow('a');
    intent.leaveMention();
    intent.enterMention('b');
    expect(events).toEqual(['open a', 'open b']);
  });

  it('stays while the pointer is on the card, and closes after a grace period once it leaves', () => {
    intent.enterMention('a');
    vi.advanceTimersByTime(300);
    intent.leaveMention();
    vi.advanceTimersByTime(200);
    intent.enterCard();
    vi.advanceTimersByTime(5000);
    expect(events).toEqual(['open a']);
    intent.leaveCard();
    vi.advanceTimersByTime(349);
    expect(events).toEqual(['open a']);
    vi.advanceTimersByTime(1);
    expect(events).toEqual(['open a', 'close']);
    expect(intent.openTarget).toBeNull();
  });

  it('closes at once on dismiss (Escape, scrolled away), and only once', () => {
    intent.openNow('a');
    intent.dismiss();
    intent.dismiss();
    vi.advanceTimersByTime(1000);
    expect(events).toEqual(['open a', 'close']);
  });
});
