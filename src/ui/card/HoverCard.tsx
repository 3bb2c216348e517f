/**
 * The hover card: who or what a mention is, what the page quotes of and about it, and a way to
 * step through its mentions. Rendered in Dossier's shadow root, so the page's CSS cannot reach it.
 */
import type { QuoteReport } from '../../analysis/types';
import { MAX_NOTES, type CardData } from './card-data';

export interface HoverCardProps {
  data: CardData;
  onPrevious(): void;
  onNext(): void;
  onClose(): void;
}

const QUOTES_SHOWN = 2;

export function HoverCard({ data, onPrevious, onNext, onClose }: HoverCardProps) {
  const { entity, position, count, quotesBy, quotesAbout } = data;
  const titleId = `dossier-card-title-${entity.id}`;
  return (
    <div class="card" role="dialog" aria-labelledby={titleId} aria-describedby={`${titleId}-role`} tabIndex={-1}>
      <header class="head">
        <span class="swatch" style={{ backgroundColor: entity.colour }} aria-hidden="true" />
        <div class="who">
          <h2 id={titleId} class="name">{entity.label}</h2>
          <p id={`${titleId}-role`} class="role">{entity.role}</p>
        </div>
        <button type="button" class="close" aria-label="Close" title="Close (Esc)" onClick={onClose}>×</button>
      </header>
      <p class="count" aria-live="polite">
        {count === 1 ? 'Mentioned once on this page' : `Mention ${position} of ${count} on this page`}
      </p>
      {entity.notes.length > 0 && (
        <ul class="notes">
          {entity.notes.slice(0, MAX_NOTES).map((note) => (
            <li key={note.text}>
              {note.text} <cite>{note.source}</cite>
            </li>
          ))}
        </ul>
      )}
      <QuoteList title={`Quotes by ${shortName(entity.label)}`} quotes={quotesBy} showSpeaker={false} />
      <QuoteList title={`Quotes about ${shortName(entity.label)}`} quotes={quotesAbout} showSpeaker />
      {count > 1 && (
        <nav class="steps" aria-label="Mentions">
          <button type="button" onClick={onPrevious}>‹ Previous</button>
          <button type="button" onClick={onNext}>Next ›</button>
        </nav>
      )}
    </div>
  );
}

function QuoteList({ title, quotes, showSpeaker }: { title: string; quotes: QuoteReport[]; showSpeaker: boolean }) {
  if (quotes.length === 0) return null;
  const more = quotes.length - QUOTES_SHOWN;
  return (
    <section class="quotes">
      <h3>{title}</h3>
      {quotes.slice(0, QUOTES_SHOWN).map((quote, i) => (
        <blockquote key={i}>
          “{quote.text}”
          {showSpeaker && quote.speaker && <span class="speaker"> — {quote.speaker}</span>}
        </blockquote>
      ))}
      {more > 0 && <p class="more">and {more} more in the Dossier popup</p>}
    </section>
  );
}

/** "Xi Jinping" stays whole; a document title is long, so headings use "it". */
function shortName(label: string): string {
  return label.split(/\s+/).length <= 3 ? label : 'it';
}
