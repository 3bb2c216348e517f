import { describe, expect, it } from 'vitest';
import { badgeText } from '../../../src/messaging/badge-text';

describe('badgeText', () => {
  it('shows the mark count of a scanned page', () => {
    expect(badgeText({ status: 'ready', markCount: 7 }, true)).toBe('7');
    expect(badgeText({ status: 'ready', markCount: 12_345 }, true)).toBe('999+');
  });

  it('is empty at zero, before a scan, where Dossier is off, and when the user hid it', () => {
    expect(badgeText({ status: 'ready', markCount: 0 }, true)).toBe('');
    expect(badgeText(null, true)).toBe('');
    for (const status of ['scanning', 'disabled', 'paused', 'over-budget'] as const) {
      expect(badgeText({ status, markCount: 3 }, true)).toBe('');
    }
    expect(badgeText({ status: 'ready', markCount: 7 }, false)).toBe('');
  });
});
