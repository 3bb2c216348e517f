import { render } from 'preact';
import { describe, expect, it, vi } from 'vitest';
import type { Entity } from '../../../src/catalog/entity';
import type { SpeakerHistoryAnswer } from '../../../src/messaging/dossier-messages';
import { cardDataFor } from '../../../src/ui/card/card-data';
import { HoverCard } from '../../../src/ui/card/HoverCard';
import { QuotesSection } from '../../../src/ui/popup/quotes-section';
import { domPerTest, settle } from './dom';
import { REPORT, WATCHLIST } from './fixtures';

const dom = domPerTest();

const history: SpeakerHistoryAnswer = {
  count: 4,
  latest: { text: 'Earlier words of ours', site: 'Other Outlet', published: '2026-10-01T08:00:00Z', lastVisit: 0, url: 'https://other.example/a' },
};

describe('"N more in your dossier"', () => {
  it('the popup shows it under a speaker entity\'s quotes, with the latest earlier quote, linked to the dossier at that speaker', async () => {
    const speaker = REPORT.quotes.find((quote) => quote.speakerEntityId !== null)!.speakerEntityId!;
    const asked: string[] = [];
    render(<QuotesSection report={REPORT} watchlist={WATCHLIST} copyText={async () => {}}
      speakerHistory={async (entityId) => {
        asked.push(entityId);
        return entityId === speaker ? history : { count: 0, latest: null };
      }}
      dossierUrl={(entityId) => `dossier.html#entity=${entityId}`} />, dom.root);
    await settle();
    await settle();
    expect(asked).toContain(speaker);
    const more = dom.root.querySelector(`[data-speaker="${speaker}"] .dossier-more`)!;
    expect(more.querySelector('a')!.textContent).toBe('4 more in your dossier');
    expect(more.querySelector('a')!.getAttribute('href')).toBe(`dossier.html#entity=${speaker}`);
    expect(more.querySelector('.dossier-more-latest')!.textContent).toBe('Latest: Earlier words of ours — Other Outlet, 2026-10-01');
    // A speaker the dossier has nothing more of gets no line.
    expect(dom.root.querySelectorAll('.dossier-more')).toHaveLength(1);
  });

  it('the card shows it under the quotes by the entity, and its button asks to open the dossier', () => {
    const kirby: Entity = { ...WATCHLIST.find((entity) => entity.id === 'kirby')! };
    const quote = { text: 'We are watching', speaker: 'John Kirby', speakerRole: null, speakerEntityId: 'kirby', aboutEntityIds: [], cue: 'said', confidence: 0.9, sentence: 'We are watching' };
    const open = vi.fn();
    render(<HoverCard data={{ ...cardDataFor(kirby, 1, 1, [quote]), history }} onPrevious={() => {}} onNext={() => {}} onClose={() => {}} onOpenDossier={open} />, dom.root);
    const button = dom.root.querySelector<HTMLButtonElement>('.dossier-more button')!;
    expect(button.textContent).toBe('4 more in your dossier');
    button.click();
    expect(open).toHaveBeenCalledOnce();
    render(<HoverCard data={cardDataFor(kirby, 1, 1, [quote])} onPrevious={() => {}} onNext={() => {}} onClose={() => {}} />, dom.root);
    expect(dom.root.querySelector('.dossier-more')).toBeNull();
  });
});
