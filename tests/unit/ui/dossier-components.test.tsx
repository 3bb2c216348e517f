import { render } from 'preact';
import { describe, expect, it } from 'vitest';
import { groupStatements } from '../../../src/dossier/grouping/group-statements';
import type { PageRecord } from '../../../src/dossier/types';
import { QuoteList } from '../../../src/ui/dossier/quote-list';
import { SearchBox } from '../../../src/ui/dossier/search-box';
import { StatementGroupView } from '../../../src/ui/dossier/statement-group';
import { TimelineChart } from '../../../src/ui/dossier/timeline-chart';
import { domPerTest, settle } from './dom';

const dom = domPerTest();

/** Picks an option as a user would (linkedom's select has no value setter): marks it selected, then "change". */
function choose(select: HTMLSelectElement, value: string) {
  for (const option of select.querySelectorAll('option')) {
    if (option.getAttribute('value') === value) option.setAttribute('selected', '');
    else option.removeAttribute('selected');
  }
  select.dispatchEvent(new dom.window.Event('change'));
}

function page(site: string, day: string): PageRecord {
  return {
    url: `https://${site}/story`, title: `A story on ${site}`, site, byline: null, published: `${day}T10:00:00Z`, lang: 'en',
    firstVisit: 0, lastVisit: 0, mentionCounts: {},
  };
}

const one = page('one.example', '2026-11-03');
const two = page('two.example', '2026-11-04');
const three = page('three.example', '2026-11-05');

describe('the statement group', () => {
  it('shows the sources, both flags and the word diff, with links that scroll to each source\'s words', () => {
    const [group] = groupStatements([
      { text: 'We are watching this very closely', speaker: 'John Kirby', speakerEntityId: 'kirby', source: one },
      { text: 'We are observing this very closely', speaker: 'John Kirby', speakerEntityId: 'kirby', source: two },
      { text: 'We are watching this very closely', speaker: 'Maria Stein', speakerEntityId: null, source: three },
    ]);
    render(<StatementGroupView group={group!} />, dom.root);
    const text = dom.root.textContent!;
    expect(text).toContain('“We are watching this very closely”');
    expect(text).toContain('3 sources');
    expect(text).toContain('Wording differs');
    expect(text).toContain('Attribution differs');
    expect(dom.root.querySelector('del')!.textContent).toBe(' watching');
    expect(dom.root.querySelector('ins')!.textContent).toBe(' observing');
    const speakers = [...dom.root.querySelectorAll('.dossier-speakers li')].map((li) => li.textContent);
    expect(speakers).toEqual(['John Kirby: one.example, 2026-11-03 · two.example, 2026-11-04', 'Maria Stein: three.example, 2026-11-05']);
    const links = [...dom.root.querySelectorAll('a')].map((a) => a.getAttribute('href'));
    expect(links).toEqual([
      'https://one.example/story#:~:text=We%20are%20watching%20this%20very%20closely',
      'https://two.example/story#:~:text=We%20are%20observing%20this%20very%20closely',
      'https://three.example/story#:~:text=We%20are%20watching%20this%20very%20closely',
    ]);
  });

  it('shows no flag and no diff for one wording from one speaker', () => {
    const [group] = groupStatements([{ text: 'Nothing has changed', speaker: null, speakerEntityId: null, source: one }]);
    render(<StatementGroupView group={group!} />, dom.root);
    expect(dom.root.querySelector('.dossier-flag')).toBeNull();
    expect(dom.root.querySelector('.dossier-diffs')).toBeNull();
    expect(dom.root.textContent).toContain('Unattributed');
  });
});

describe('the quote list', () => {
  it('lists quotes newest first with their source', () => {
    const quote = (text: string) => ({ pageUrl: '', text, speaker: 'Anna Berg', speakerEntityId: null, aboutEntityIds: [], confidence: 0.9, sentence: text });
    render(<QuoteList items={[{ quote: quote('Older words'), page: one }, { quote: quote('Newer words'), page: three }]} />, dom.root);
    const items = [...dom.root.querySelectorAll('li')].map((li) => li.textContent);
    expect(items).toEqual(['Newer words — Anna Berg, three.example, 2026-11-05', 'Older words — Anna Berg, one.example, 2026-11-03']);
  });

  it('says when there is nothing yet', () => {
    render(<QuoteList items={[]} />, dom.root);
    expect(dom.root.textContent).toBe('No quotes in your dossier yet.');
  });
});

describe('the timeline chart', () => {
  it('draws a bar per day with mentions and a dot per day with quotes, placed by date, and names itself', () => {
    render(<TimelineChart label="John Kirby" width={100} height={60} timeline={[
      { day: '2026-11-01', mentions: 4, quotesBy: 1, quotesAbout: 0 },
      { day: '2026-11-03', mentions: 2, quotesBy: 0, quotesAbout: 0 },
      { day: '2026-11-10', mentions: 0, quotesBy: 0, quotesAbout: 2 },
    ]} />, dom.root);
    const svg = dom.root.querySelector('svg')!;
    expect(svg.getAttribute('aria-label')).toBe('John Kirby: mentions and quotes by day');
    expect(svg.querySelectorAll('rect')).toHaveLength(2);
    expect(svg.querySelectorAll('circle')).toHaveLength(2);
    const bars = [...svg.querySelectorAll('rect')];
    // Four mentions make the tallest bar, two half as tall; the third of ten days starts further right.
    expect(Number(bars[0]!.getAttribute('height'))).toBeCloseTo(2 * Number(bars[1]!.getAttribute('height')));
    expect(Number(bars[1]!.getAttribute('x'))).toBeGreaterThan(Number(bars[0]!.getAttribute('x')));
    expect([...svg.querySelectorAll('g > title')].map((title) => title.textContent)).toContain('2026-11-10: 0 mentions, 2 quotes');
  });

  it('draws a span of years a bar per month, so each stays visible', () => {
    render(<TimelineChart label="Xi Jinping" width={420} height={110} timeline={[
      { day: '2023-03-20', mentions: 6, quotesBy: 0, quotesAbout: 0 },
      { day: '2026-11-03', mentions: 2, quotesBy: 1, quotesAbout: 0 },
      { day: '2026-11-04', mentions: 1, quotesBy: 0, quotesAbout: 0 },
    ]} />, dom.root);
    const svg = dom.root.querySelector('svg')!;
    const bars = [...svg.querySelectorAll('rect')];
    expect(bars).toHaveLength(2);
    expect(Number(bars[0]!.getAttribute('width'))).toBeGreaterThanOrEqual(4);
    expect([...svg.querySelectorAll('g > title')].map((title) => title.textContent)).toEqual(['2023-03: 6 mentions, 0 quotes', '2026-11: 3 mentions, 1 quotes']);
  });
});

describe('the search box', () => {
  it('reports the query and each filter as they change, and shows the count', async () => {
    const calls: unknown[] = [];
    render(<SearchBox entities={[{ id: 'kirby', label: 'John Kirby' }]} speakers={['John Kirby']} sites={['one.example']} total={3}
      onSearch={(query, filters) => calls.push([query, filters])} />, dom.root);
    const input = dom.root.querySelector('input[type=search]') as HTMLInputElement;
    input.value = 'watching';
    input.dispatchEvent(new dom.window.Event('input'));
    await settle();
    const [entity, , site] = [...dom.root.querySelectorAll('select')] as HTMLSelectElement[];
    choose(entity!, 'kirby');
    await settle();
    choose(site!, 'one.example');
    await settle();
    const to = dom.root.querySelector('input[name=to]') as HTMLInputElement;
    to.value = '2026-11-04';
    to.dispatchEvent(new dom.window.Event('change'));
    await settle();
    expect(calls).toEqual([
      ['watching', {}],
      ['watching', { entityId: 'kirby' }],
      ['watching', { entityId: 'kirby', site: 'one.example' }],
      ['watching', { entityId: 'kirby', site: 'one.example', to: Date.UTC(2026, 10, 5) - 1 }],
    ]);
    expect(dom.root.querySelector('output')!.textContent).toBe('3 quotes found');
  });
});
