import { parseHTML } from 'linkedom';
import { render } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import type { QuoteReport } from '../../../src/analysis/types';
import type { Entity } from '../../../src/catalog/entity';
import { cardDataFor } from '../../../src/ui/card/card-data';
import { HoverCard } from '../../../src/ui/card/HoverCard';

const kirby: Entity = {
  id: 'kirby', label: 'John Kirby', kind: 'person', aliases: ['John Kirby'], contextualAliases: [], cues: [],
  role: 'Spokesman', colour: '#009E73',
  notes: [
    { text: 'First note.', source: 'Source one' },
    { text: 'Second note.', source: 'Source two' },
    { text: 'Third note.', source: 'Source three' },
  ],
};

function quote(text: string, speaker: string | null, speakerEntityId: string | null, about: string[]): QuoteReport {
  return { text, speaker, speakerRole: null, speakerEntityId, aboutEntityIds: about, cue: 'said', confidence: 0.9, sentence: text };
}

const quotes = [
  quote('a ceasefire would freeze the front', 'John Kirby', 'kirby', ['kirby']),
  quote('Kirby has it wrong', 'A Kremlin spokesman', null, ['kirby']),
  quote('words of unclear origin', null, null, ['kirby']),
  quote('nothing to do with him', 'Someone', null, ['putin']),
];

/** A linkedom document that Preact renders into (Preact creates elements through the global `document`). */
function page() {
  const { document } = parseHTML('<html><body><div id="root"></div></body></html>');
  (globalThis as { document?: unknown }).document = document;
  return document;
}

function renderCard(position: number, count: number) {
  const document = page();
  const root = document.getElementById('root')!;
  const calls: string[] = [];
  render(
    <HoverCard
      data={cardDataFor(kirby, position, count, quotes)}
      onPrevious={() => calls.push('previous')}
      onNext={() => calls.push('next')}
      onClose={() => calls.push('close')}
    />,
    root as unknown as Element,
  );
  return { root, calls };
}

afterEach(() => {
  delete (globalThis as { document?: unknown }).document;
});

describe('cardDataFor', () => {
  it('sorts the page quotes into by and about the entity', () => {
    const data = cardDataFor(kirby, 1, 2, quotes);
    expect(data.quotesBy.map((q) => q.text)).toEqual(['a ceasefire would freeze the front']);
    expect(data.quotesAbout.map((q) => q.text)).toEqual(['Kirby has it wrong']);
  });
});

describe('HoverCard', () => {
  it('is a labelled dialog with name, role, count, two notes with sources, and quotes', () => {
    const { root } = renderCard(2, 3);
    const dialog = root.querySelector('[role="dialog"]')!;
    expect(dialog.getAttribute('aria-labelledby')).toBe(root.querySelector('h2')!.id);
    expect(root.querySelector('h2')!.textContent).toBe('John Kirby');
    expect(root.querySelector('.role')!.textContent).toBe('Spokesman');
    expect(root.querySelector('.count')!.textContent).toBe('Mention 2 of 3 on this page');
    expect(root.querySelector('.count')!.getAttribute('aria-live')).toBe('polite');
    expect([...root.querySelectorAll('.notes cite')].map((c) => c.textContent)).toEqual(['Source one', 'Source two']);
    expect([...root.querySelectorAll('.quotes h3')].map((h) => h.textContent)).toEqual(['Quotes by John Kirby', 'Quotes about John Kirby']);
    expect(root.querySelector('.speaker')!.textContent).toBe(' — A Kremlin spokesman');
  });

  it('links each note to its source and gives the date it was true', () => {
    const sourced: Entity = {
      ...kirby,
      notes: [{ text: 'Left the post in January 2025.', source: 'Publisher, “Title”', url: 'https://example.org/page', date: '2025-01-20' }],
    };
    const document = page();
    const root = document.getElementById('root')!;
    render(<HoverCard data={cardDataFor(sourced, 1, 1, [])} onPrevious={() => {}} onNext={() => {}} onClose={() => {}} />, root as unknown as Element);
    const link = root.querySelector('.notes cite a')!;
    expect(link.getAttribute('href')).toBe('https://example.org/page');
    expect(link.getAttribute('rel')).toBe('noopener noreferrer');
    expect(link.textContent).toBe('Publisher, “Title”');
    expect(root.querySelector('.notes cite')!.textContent).toMatch(/^Publisher, “Title”, as of .*2025$/);
  });

  it('never links a source whose address is not http or https', () => {
    const hostile: Entity = { ...kirby, notes: [{ text: 'A note.', source: 'Somewhere', url: 'javascript:alert(1)' }] };
    const document = page();
    const root = document.getElementById('root')!;
    render(<HoverCard data={cardDataFor(hostile, 1, 1, [])} onPrevious={() => {}} onNext={() => {}} onClose={() => {}} />, root as unknown as Element);
    expect(root.querySelector('.notes cite a')).toBeNull();
    expect(root.querySelector('.notes cite')!.textContent).toBe('Somewhere');
  });

  it('shows a quote as the popup and the CLI do: trailing comma dropped, marks of the page language', () => {
    const document = page();
    const root = document.getElementById('root')!;
    const said = [quote('Wir werden über alles reden,', 'John Kirby', 'kirby', ['kirby'])];
    render(<HoverCard data={cardDataFor(kirby, 1, 1, said)} pageLang="de" onPrevious={() => {}} onNext={() => {}} onClose={() => {}} />, root as unknown as Element);
    expect(root.querySelector('.quotes blockquote')!.textContent).toBe('„Wir werden über alles reden“');
  });

  it('offers previous and next only when there is more than one mention', () => {
    expect(renderCard(1, 1).root.querySelector('.steps')).toBeNull();
    expect(renderCard(1, 1).root.querySelector('.count')!.textContent).toBe('Mentioned once on this page');
    const { root, calls } = renderCard(1, 2);
    const buttons = [...root.querySelectorAll('.steps button')] as unknown as HTMLButtonElement[];
    expect(buttons.map((b) => b.textContent)).toEqual(['‹ Previous', 'Next ›']);
    // linkedom's own Event class: Node's cannot be dispatched through linkedom's tree.
    const LinkedomEvent = (root.ownerDocument.defaultView as unknown as { Event: typeof Event }).Event;
    buttons[1]!.dispatchEvent(new LinkedomEvent('click'));
    buttons[0]!.dispatchEvent(new LinkedomEvent('click'));
    expect(calls).toEqual(['next', 'previous']);
  });

  it('shows page text as text, never as markup', () => {
    const hostile = { ...kirby, label: '<img src=x onerror=alert(1)>' };
    const document = page();
    const root = document.getElementById('root')!;
    render(<HoverCard data={cardDataFor(hostile, 1, 1, [])} onPrevious={() => {}} onNext={() => {}} onClose={() => {}} />, root as unknown as Element);
    expect(root.querySelector('img')).toBeNull();
    expect(root.querySelector('h2')!.textContent).toBe('<img src=x onerror=alert(1)>');
  });
});
