/** "On this page": each entity found, its colour, count and first mention; a click goes there. */
import type { EntityReport } from '../../analysis/types';
import type { Entity } from '../../catalog/entity';
import { t } from '../../i18n/strings';

interface Props {
  entities: readonly EntityReport[];
  watchlist: readonly Entity[];
  onShow: (entityId: string) => void;
}

export function EntitiesSection({ entities, watchlist, onShow }: Props) {
  return (
    <section class="popup-section" aria-labelledby="entities-heading">
      <h2 id="entities-heading">{t('sectionOnThisPage')}</h2>
      <ul class="entity-list">
        {entities.map((entity) => {
          const known = watchlist.find((candidate) => candidate.id === entity.id);
          const first = entity.mentions[0];
          return (
            <li key={entity.id} class="entity-item" data-entity={entity.id}>
              <button type="button" class="entity-button" onClick={() => onShow(entity.id)} aria-label={`${entity.label}: ${t('mentionCountLabel', entity.count)}`}>
                <span class="swatch" style={{ backgroundColor: known?.colour ?? 'transparent' }} aria-hidden="true" />
                <span class="entity-label">{entity.label}</span>
                <span class="entity-count">{t('mentionCount', entity.count)}</span>
              </button>
              {first && <p class="entity-first">{first.sentence}</p>}
              {entity.summary.length > 0 && (
                <details class="entity-summary">
                  <summary>{t('whatThePageSays')}</summary>
                  <ul>
                    {entity.summary.map((sentence, index) => <li key={index}>{sentence}</li>)}
                  </ul>
                </details>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
