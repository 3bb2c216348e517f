/** "Background": what the watchlist knows about each entity on the page, with its sources. */
import type { EntityReport } from '../../analysis/types';
import type { Entity } from '../../catalog/entity';
import { t } from '../../i18n/strings';

export function BackgroundSection({ entities, watchlist }: { entities: readonly EntityReport[]; watchlist: readonly Entity[] }) {
  const known = entities
    .map((found) => watchlist.find((entity) => entity.id === found.id))
    .filter((entity): entity is Entity => entity !== undefined);
  if (known.length === 0) return null;
  return (
    <section class="popup-section" aria-labelledby="background-heading">
      <h2 id="background-heading">{t('sectionBackground')}</h2>
      {known.map((entity) => (
        // Closed by default: notes are long, and the popup should stay a glance.
        <details key={entity.id} class="background-entity" data-entity={entity.id}>
          <summary>
            <span class="swatch" style={{ backgroundColor: entity.colour }} aria-hidden="true" />
            <span class="background-name">{entity.label}</span>
            {entity.role && <span class="background-role" title={entity.role}> — {entity.role}</span>}
          </summary>
          {entity.notes.length === 0 ? (
            <p class="muted">{t('noNotes')}</p>
          ) : (
            <ul class="note-list">
              {entity.notes.map((note, index) => (
                <li key={index}>
                  {note.text}
                  {note.source && <span class="note-source"> {t('source', note.source)}</span>}
                </li>
              ))}
            </ul>
          )}
        </details>
      ))}
    </section>
  );
}
