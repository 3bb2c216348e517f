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
