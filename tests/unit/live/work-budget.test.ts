import { describe, expect, it } from 'vitest';
import { WorkBudget } from '../../../src/live/work-budget';

const limits = { maxScanNodes: 1000, maxScanMs: 100, maxUpdateMs: 50, windowMs: 1000 };

describe('WorkBudget', () => {
  it('lets a first scan run up to its node and time limits', () => {
    const budget = new WorkBudget(limits);
    expect(budget.scanAllows(1000, 100)).toBe(true);
    expect(budget.scanAllows(1001, 10)).toBe(false);
    expect(budget.scanAllows(10, 101)).toBe(false);
  });

  it('stops a page that keeps Dossier busy, and forgives work that has left the window', () => {
    const budget = new WorkBudget(limits);
    expect(budget.spendOnUpdate(0, 30)).toBe(true);
    expect(budget.spendOnUpdate(500, 20)).toBe(true);
    expect(budget.spendOnUpdate(900, 1)).toBe(false);
    const later = new WorkBudget(limits);
    later.spendOnUpdate(0, 45);
    expect(later.spendOnUpdate(2000, 45)).toBe(true);
  });

  it('stops following a page whose changes queue up faster than Dossier works through them', () => {
    const budget = new WorkBudget({ ...limits, maxQueuedUpdates: 3 });
    expect(budget.backlogAllows(3)).toBe(true);
    expect(budget.backlogAllows(4)).toBe(false);
    expect(new WorkBudget(limits).backlogAllows(1_000_000)).toBe(true);
  });
});
