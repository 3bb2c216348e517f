/** A note's source as a reader can check it: publisher and title linked to the source, and its date. */
import { formatPublished } from '../../article/human-date';
import type { BackgroundNote } from '../../catalog/entity';
import { isWebUrl } from '../../catalog/note-source';
import { t } from '../../i18n/strings';

export function NoteCitation({ note }: { note: BackgroundNote }) {
  if (!note.source && !note.url) return null;
  const title = note.source || note.url!;
  // Checked again here: a stored watchlist may predate the import check.
  const link = note.url && isWebUrl(note.url) ? note.url : null;
  const date = note.date ? formatPublished(note.date, t('lang')) : null;
  return (
    <cite class="note-source">
      {link ? (
        <a href={link} target="_blank" rel="noopener noreferrer">{title}</a>
      ) : (
        title
      )}
      {date && <span class="note-date">{`, ${t('noteAsOf', date)}`}</span>}
    </cite>
  );
}
