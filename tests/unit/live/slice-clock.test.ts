import { describe, expect, it } from 'vitest';
import { SliceClock } from '../../../src/live/slice-clock';

describe('SliceClock', () => {
  it('ends a slice after its time and adds up work without the pauses', async () => {
    let now = 0;
    const clock = new SliceClock(8, () => now, async () => {
      now = 100;
    });
    now = 5;
    expect(clock.sliceUsedUp).toBe(false);
    now = 9;
    expect(clock.sliceUsedUp).toBe(true);
    await clock.yieldIfDue();
    now = 103;
    clock.endSlice();
    expect(clock.workMs).toBe(12);
    expect(clock.longestSliceMs).toBe(9);
    expect(clock.slices).toBe(2);
  });

  it('hands the thread back only when the slice is used up', async () => {
    let now = 0;
    let pauses = 0;
    const clock = new SliceClock(8, () => now, async () => {
      pauses++;
    });
    now = 3;
    await clock.yieldIfDue();
    expect(pauses).toBe(0);
    now = 8;
    await clock.yieldIfDue();
    expect(pauses).toBe(1);
    await clock.yieldIfDue();
    expect(pauses).toBe(1);
  });
});
