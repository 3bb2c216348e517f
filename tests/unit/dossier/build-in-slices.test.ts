import { describe, expect, it } from 'vitest';
import { buildSearchInSlices, SLICE_MS } from '../../../src/dossier/search/build-in-slices';
import { DAY, openStore, T0, visit } from './test-store';

describe('the search index built in slices', () => {
  it('indexes every quote, newest first, giving the page back after each time-boxed slice, and searches meanwhile', async () => {
    const store = await openStore();
    for (let i = 0; i < 6; i++) await store.recordVisit(visit(`https://a.example/${i}`, T0 + i * DAY, [{ text: `Statement number ${i} about sanctions` }]));
    // A clock that moves SLICE_MS / 2 per reading: two quotes fit in a slice.
    let clock = 0;
    const now = () => (clock += SLICE_MS / 2);
    const progress: number[] = [];
    const foundMeanwhile: number[] = [];
    let pauses = 0;
    const search = await buildSearchInSlices(store, (partial, step) => {
      progress.push(step.indexed);
      foundMeanwhile.push(partial.search('sanctions').total);
    }, async () => {
      pauses++;
    }, () => false, now);
    expect(progress[0]).toBe(0);
    expect(progress.at(-1)).toBe(6);
    expect(pauses).toBe(progress.length - 1);
    expect(progress.length).toBeGreaterThan(3);
    // What is indexed so far is found so far.
    expect(foundMeanwhile).toEqual(progress);
    expect(search.search('number 5').total).toBe(1);
    // The newest quote was indexed in the first slice.
    let stop = false;
    const afterFirstSlice = await buildSearchInSlices(store, (_partial, step) => {
      stop = step.indexed > 0;
    }, async () => {}, () => stop, now);
    expect(afterFirstSlice.search('5').total + afterFirstSlice.search('4').total).toBeGreaterThan(0);
    expect(afterFirstSlice.search('0').total).toBe(0);
  });
});
