/**
 * "N more in your dossier" under a speaker's quotes (popup and hover card): how many of their quotes
 * the dossier holds from other pages, the latest of them with its source, and a way to the dossier
 * page at that speaker. Nothing when the dossier has none.
 */
import { quoteDate } from '../../dossier/quote-date';
import { t } from '../../i18n/strings';
import type { SpeakerHistoryAnswer } from '../../messaging/dossier-messages';

interface Props {
  history: SpeakerHistoryAnswer | null | undefined;
  /** A link (extension pages) … */
  href?: string;
  /** … or an action (the card, on a web page, asks the background to open the dossier). */
  onOpen?: () => void;
}

export function DossierMore({ history, href, onOpen }: Props) {
  if (!history || history.count === 0) return null;
  const label = t('dossierMore', history.count);
  const latest = history.latest;
  return (
    <div class="dossier-more">
      {href ? (
        <a class="dossier-more-link" href={href} target="_blank" rel="noopener">{label}</a>
      ) : (
        <button type="button" class="link-button dossier-more-link" onClick={onOpen}>{label}</button>
      )}
      {latest && (
        <p class="dossier-more-latest">
          {t('dossierLatestEarlier')} <q>{latest.text}</q>{' '}
          <span class="dossier-more-source">— {latest.site}, <time dateTime={day(latest)}>{day(latest)}</time></span>
        </p>
      )}
    </div>
  );
}

function day(latest: NonNullable<SpeakerHistoryAnswer['latest']>): string {
  return new Date(quoteDate(latest)).toISOString().slice(0, 10);
}
