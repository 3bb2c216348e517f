/** "Quotes": every attributed quote, grouped by speaker, with a filter and copy-as-citation. */
import { useEffect, useState } from 'preact/hooks';
import type { AnalysisReport, QuoteReport } from '../../analysis/types';
import type { Entity } from '../../catalog/entity';
import { t } from '../../i18n/strings';
import type { SpeakerHistoryAnswer } from '../../messaging/dossier-messages';
import { DossierMore } from '../shared/dossier-more';
import { citationMarkdown } from './citation';
import { groupQuotesBySpeaker, isHighConfidence } from './quote-groups';
import { displayQuote, quoted } from './quote-text';

interface Props {
  report: AnalysisReport;
  watchlist: readonly Entity[];
  copyText: (text: string) => Promise<void>;
  /** "N more in your dossier" for a speaker entity. */
  speakerHistory?: (entityId: string) => Promise<SpeakerHistoryAnswer | null>;
  dossierUrl?: (entityId: string) => string;
}

export function QuotesSection({ report, watchlist, copyText, speakerHistory, dossierUrl }: Props) {
  const [about, setAbout] = useState<string | null>(null);
  const groups = groupQuotesBySpeaker(report.quotes, watchlist, about);
  const aboutLabel = report.entities.find((entity) => entity.id === about)?.label ?? about;
  return (
    <section class="popup-section" aria-labelledby="quotes-heading">
      <div class="section-heading-row">
        <h2 id="quotes-heading">{t('sectionQuotes')}</h2>
        {report.quotes.length > 0 && report.entities.length > 0 && (
          <label class="quote-filter">
            {t('quotesFilter')}{' '}
            <select value={about ?? ''} onChange={(event) => setAbout((event.currentTarget as HTMLSelectElement).value || null)}>
              <option value="">{t('quotesFilterAll')}</option>
              {report.entities.map((entity) => (
                <option key={entity.id} value={entity.id}>{entity.label}</option>
              ))}
            </select>
          </label>
        )}
      </div>
      {groups.length === 0 && <p class="muted">{about === null ? t('quotesNone') : t('quotesNoneAbout', aboutLabel ?? '')}</p>}
      {groups.map((group) => (
        <div key={group.key} class="speaker-group" data-speaker={group.entityId ?? group.speaker ?? ''}>
          <h3 class="speaker">
            {group.speaker ?? t('unknownSpeaker')}
            {group.role && <span class="speaker-role" title={group.role}>, {group.role}</span>}
          </h3>
          <ul class="quote-list">
            {group.quotes.map((quote, index) => (
              <QuoteItem key={index} quote={quote} speaker={{ name: group.speaker, role: group.role }} report={report} copyText={copyText} />
            ))}
          </ul>
          {group.entityId && speakerHistory && (
            <SpeakerHistory entityId={group.entityId} load={speakerHistory} href={dossierUrl?.(group.entityId)} />
          )}
        </div>
      ))}
    </section>
  );
}

function SpeakerHistory({ entityId, load, href }: { entityId: string; load: (entityId: string) => Promise<SpeakerHistoryAnswer | null>; href?: string }) {
  const [history, setHistory] = useState<SpeakerHistoryAnswer | null>(null);
  useEffect(() => {
    void load(entityId).then(setHistory, () => setHistory(null));
  }, [entityId]);
  return <DossierMore history={history} href={href} />;
}

function QuoteItem({ quote, speaker, report, copyText }: { quote: QuoteReport; speaker: { name: string | null; role: string | null }; report: AnalysisReport; copyText: (text: string) => Promise<void> }) {
  const [copyState, setCopyState] = useState<'idle' | 'copied' | 'failed'>('idle');
  const high = isHighConfidence(quote);
  const copy = async () => {
    try {
      await copyText(citationMarkdown(quote, report.article, report.url, speaker));
      setCopyState('copied');
    } catch {
      setCopyState('failed');
    }
  };
  return (
    <li class="quote-item">
      <blockquote class="quote-text">{quoted(quote.text, report.article.lang)}</blockquote>
      <div class="quote-meta">
        <span class={`confidence confidence-${high ? 'high' : 'low'}`} title={t(high ? 'confidenceHighLabel' : 'confidenceLowLabel')}
          aria-label={t(high ? 'confidenceHighLabel' : 'confidenceLowLabel')}>
          {t(high ? 'confidenceHigh' : 'confidenceLow')}
        </span>
        <button type="button" class="small-button" onClick={() => void copy()}>
          {copyState === 'copied' ? t('copied') : copyState === 'failed' ? t('copyFailed') : t('copyCitation')}
        </button>
      </div>
      {displayQuote(quote.sentence) !== displayQuote(quote.text) && (
        <details class="quote-context">
          <summary>{t('inSentence')}</summary>
          <p>{quote.sentence.replace(/\s+/g, ' ').trim()}</p>
        </details>
      )}
    </li>
  );
}
