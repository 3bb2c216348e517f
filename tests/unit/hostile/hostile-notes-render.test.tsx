/**
 * Markup in a watchlist (label, role, notes, sources, quotes) reaches the hover card and the popup
 * as text: Preact escapes it, and no element of it is ever created.
 */
import { render } from 'preact';
import { describe, expect, it } from 'vitest';
import type { EntityReport, QuoteReport } from '../../../src/analysis/types';
import { parseCatalog } from '../../../src/catalog/parse-catalog';
import { HoverCard } from '../../../src/ui/card/HoverCard';
import { BackgroundSection } from '../../../src/ui/popup/background-section';
import { domPerTest } from '../ui/dom';

const MARKUP = '<img src=x onerror="alert(1)"><script>alert(2)</script><b>bold</b>';
const RTL_AND_EMOJI = '\u202Eevil\u202C مرحبا שלום 🇺🇦';

const [entity] = parseCatalog([{
  id: 'hostile', label: `${MARKUP} Putin`, kind: 'person', aliases: ['Putin'], role: MARKUP,
  notes: [{ text: `${MARKUP} ${RTL_AND_EMOJI}`, source: MARKUP }, { text: 'x'.repeat(1_048_576), source: 'Pasted' }],
}]);

const dom = domPerTest();

function expectOnlyText(root: HTMLElement) {
  expect(root.querySelector('img, script, b')).toBeNull();
  expect(root.textContent).toContain(MARKUP);
}

describe('markup in the watchlist is shown as text', () => {
  it('in the hover card', () => {
    const quote: QuoteReport = {
      text: MARKUP, speaker: MARKUP, speakerRole: null, speakerEntityId: null, aboutEntityIds: ['hostile'], cue: 'said', confidence: 0.9, sentence: MARKUP,
    };
    render(<HoverCard data={{ entity: entity!, position: 1, count: 2, quotesBy: [], quotesAbout: [quote] }} onPrevious={() => {}} onNext={() => {}} onClose={() => {}} />, dom.root);
    expectOnlyText(dom.root);
    expect(dom.root.textContent).toContain(RTL_AND_EMOJI);
  });

  it('in the popup\'s background section, a megabyte note included', () => {
    const found: EntityReport = { id: 'hostile', label: entity!.label, count: 1, mentions: [], summary: [] };
    render(<BackgroundSection entities={[found]} watchlist={[entity!]} />, dom.root);
    expectOnlyText(dom.root);
    expect(dom.root.textContent!.length).toBeGreaterThan(1_048_576);
  });
});
