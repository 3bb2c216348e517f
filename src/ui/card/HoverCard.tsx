/**
 * The hover card: who or what a mention is, what the page quotes of and about it, and a way to
 * step through its mentions. Rendered in Dossier's shadow root, so the page's CSS cannot reach it.
 */
import type { QuoteReport } from '../../analysis/types';
import { localiseEntity } from '../../catalog/localise-entity';
import { t } from '../../i18n/strings';
import { quoted } from '../../text/quote-display';
import { DossierMore } from '../shared/dossier-more';
import { NoteCitation } from '../shared/note-citation';
import { MAX_NOTES, type CardData } from './card-data';

export interface HoverCardProps {
  data: CardData;
  /** The page's language (its `lang`): the quotes' marks follow it, not the interface's. */
  pageLang?: string | null;
  onPrevious(): void;
  onNext(): void;
  onClose(): void;
  /** Opens the dossier page at this entity. */
  onOpenDossier?(): void;
}

const QUOTES_SHOWN = 2;

export function HoverCard({ data, pageLang = null, onPrevious, onNext, onClose, onOpenDossier }: HoverCardProps) {
  const { position, count, quotesBy, quotesAbout } = data;
  const entity = localiseEntity(data.entity, t('lang'));
  const titleId = `dossier-card-title-${entity.id}`;
  return (
    <div class="card" role="dialog" aria-labelledby={titleId} aria-describedby={`${titleId}-role`} tabIndex={-1}>
      <header class="head">
        <span class="swatch" style={{ backgroundColor: entity.colour }} aria-hidden="true" />
        <div class="who">
          <h2 id={titleId} class="name">{entity.label}</h2>
          <p id={`${titleId}-role`} class="role">{entity.role}</p>
        </div>
        <button type="button" class="close" aria-label={t('cardClose')} title={t('cardCloseHint')} onClick={onClose}>×</button>
      </header>
      <p class="count" aria-live="polite">
        {count === 1 ? t('cardMentionedOnce') : t('cardMentionOf', position, count)}
      </p>
      {entity.notes.length > 0 && (
        <ul class="notes">
          {entity.notes.slice(0, MAX_NOTES).map((note) => (
            <li key={note.text}>
              {note.text} <NoteCitation note={note} />
            </li>
          ))}
        </ul>
      )}
      <QuoteList title={isShortName(entity.label) ? t('cardQuotesBy', entity.label) : t('cardQuotesByIt')} quotes={quotesBy} showSpeaker={false} pageLang={pageLang} />
      {quotesBy.length > 0 && <DossierMore history={data.history} onOpen={onOpenDossier} />}
      <QuoteList title={isShortName(entity.label) ? t('cardQuotesAbout', entity.label) : t('cardQuotesAboutIt')} quotes={quotesAbout} showSpeaker pageLang={pageLang} />
      {count > 1 && (
        <nav class="steps" aria-label={t('cardMentionsNav')}>
          <button type="button" onClick={onPrevious}>{t('cardPrevious')}</button>
          <button type="button" onClick={onNext}>{t('cardNext')}</button>
        </nav>
      )}
    </div>
  );
}

function QuoteList({ title, quotes, showSpeaker, pageLang }: { title: string; quotes: QuoteReport[]; showSpeaker: boolean; pageLang: string | null }) {
  if (quotes.length === 0) return null;
  const more = quotes.length - QUOTES_SHOWN;
  return (
    <section class="quotes">
      <h3>{title}</h3>
      {quotes.slice(0, QUOTES_SHOWN).map((quote, i) => (
        <blockquote key={i}>
          {quoted(quote.text, pageLang)}
          {showSpeaker && quote.speaker && <span class="speaker"> — {quote.speaker}</span>}
        </blockquote>
      ))}
      {more > 0 && <p class="more">{t('cardMore', more)}</p>}
    </section>
  );
}

/** "Xi Jinping" reads well in a heading; a document's long title does not, so headings say "it". */
function isShortName(label: string): boolean {
  return label.split(/\s+/).length <= 3;
}
