import { describe, expect, it } from 'vitest';
import { loadFirstView } from '../../../src/dossier/first-view';
import { DAY, openStore, T0, visit } from './test-store';

describe('the dossier page\'s first view', () => {
  it('gives totals, each entity\'s mentions and quotes by day, and the newest quotes with their pages', async () => {
    const store = await openStore();
    await store.recordVisit(visit('https://a.example/1', T0, [{ text: 'One', aboutEntityIds: ['xi'] }, { text: 'Two' }]));
    await store.recordVisit(visit('https://a.example/2', T0 + DAY, [{ text: 'Three', speakerEntityId: null, speaker: 'Someone', aboutEntityIds: ['kirby'] }]));
    const view = await loadFirstView(store, 2);
    expect(view.totals).toMatchObject({ pages: 2, quotes: 3 });
    expect(view.latestQuotes.map(({ quote, page }) => [quote.text, page.url])).toEqual([
      ['Three', 'https://a.example/2'],
      [expect.any(String), 'https://a.example/1'],
    ]);
    const kirby = view.entities.find((entity) => entity.entityId === 'kirby')!;
    expect(kirby).toMatchObject({ mentions: 4, pages: 2, quotesBy: 2, quotesAbout: 1 });
    expect(kirby.timeline).toEqual([
      { day: '2026-11-02', mentions: 2, quotesBy: 2, quotesAbout: 0 },
      { day: '2026-11-03', mentions: 2, quotesBy: 0, quotesAbout: 1 },
    ]);
    expect(view.entities.find((entity) => entity.entityId === 'xi')).toMatchObject({ mentions: 0, quotesAbout: 1 });
  });
});

describe('the entity rows the store keeps', () => {
  /** The same figures counted from every page: what the rows must always equal. */
  function countedFromPages(pages: Awaited<ReturnType<Awaited<ReturnType<typeof openStore>>['allPages']>>) {
    const totals: Record<string, { mentions: number; pages: number; quotesBy: number; quotesAbout: number }> = {};
    const of = (id: string) => (totals[id] ??= { mentions: 0, pages: 0, quotesBy: 0, quotesAbout: 0 });
    for (const page of pages) {
      for (const [id, count] of Object.entries(page.mentionCounts)) {
        of(id).mentions += count;
        of(id).pages += 1;
      }
      for (const [id, count] of Object.entries(page.quotesBy)) of(id).quotesBy += count;
      for (const [id, count] of Object.entries(page.quotesAbout)) of(id).quotesAbout += count;
    }
    return totals;
  }

  it('stay equal to the pages through revisits, merges, deletes, pruning and clearing', async () => {
    const store = await openStore();
    const check = async () => {
      const rows = Object.fromEntries((await store.entityRows()).map(({ entityId, mentions, pages, quotesBy, quotesAbout }) => [entityId, { mentions, pages, quotesBy, quotesAbout }]));
      expect(rows).toEqual(countedFromPages(await store.allPages()));
      // Each timeline adds up to its entity's totals.
      const fromDays: Record<string, { mentions: number; quotesBy: number; quotesAbout: number }> = {};
      for (const day of await store.entityDayRows()) {
        const sum = (fromDays[day.entityId] ??= { mentions: 0, quotesBy: 0, quotesAbout: 0 });
        sum.mentions += day.mentions;
        sum.quotesBy += day.quotesBy;
        sum.quotesAbout += day.quotesAbout;
      }
      expect(fromDays).toEqual(Object.fromEntries(Object.entries(rows).map(([id, { mentions, quotesBy, quotesAbout }]) => [id, { mentions, quotesBy, quotesAbout }])));
    };
    await store.recordVisit(visit('https://a.example/1', T0, [{ text: 'A', aboutEntityIds: ['xi'] }]));
    await store.recordVisit(visit('https://a.example/2', T0 + DAY, [{ text: 'B' }, { text: 'C' }]));
    await check();
    await store.recordVisit(visit('https://a.example/1', T0 + 2 * DAY, [{ text: 'D', speakerEntityId: 'putin' }]));
    await check();
    await store.mergeVisits([visit('https://a.example/2', T0 + 3 * DAY, [{ text: 'E', aboutEntityIds: ['xi', 'xi'] }]), visit('https://a.example/3', T0, [])]);
    await check();
    await store.deletePage('https://a.example/2');
    await check();
    await store.prune(1, T0 + 3 * DAY);
    await check();
    expect((await loadFirstView(store)).entities.map((entity) => entity.entityId)).toEqual(['kirby', 'putin']);
    await store.recordVisit(visit('https://a.example/4', T0, [{ text: 'F' }]));
    await store.clear();
    expect(await store.entityRows()).toEqual([]);
  });
});
