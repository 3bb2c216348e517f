/** The watchlist: every entity with its colour, an on/off switch, and edit/remove; one editor open at a time. */
import { useState } from 'preact/hooks';
import type { Entity } from '../../catalog/entity';
import type { SaveResult } from '../../settings/settings-store';
import { saveFailedMessage } from '../shared/save-failed-message';
import { t } from '../../i18n/strings';
import { draftFromEntity, emptyDraft } from './entity-draft';
import { EntityForm } from './entity-form';

interface Props {
  watchlist: Entity[];
  /** Id of the entity whose editor starts open (from the context menu's "Add … to the watchlist"). */
  initiallyEditing: string | null;
  save: (watchlist: Entity[]) => Promise<SaveResult>;
  confirm: (message: string) => boolean;
}

export function WatchlistSection({ watchlist, initiallyEditing, save, confirm }: Props) {
  const [editing, setEditing] = useState<string | null>(initiallyEditing);

  const saveEntity = async (entity: Entity, originalId: string | null): Promise<string | null> => {
    const next = originalId === null ? [...watchlist, entity] : watchlist.map((other) => (other.id === originalId ? entity : other));
    const result = await save(next);
    if (!result.ok) return saveFailedMessage(result);
    setEditing(null);
    return null;
  };

  const setEnabled = (entity: Entity, enabled: boolean) => {
    const changed: Entity = { ...entity };
    if (enabled) delete changed.enabled;
    else changed.enabled = false;
    void save(watchlist.map((other) => (other.id === entity.id ? changed : other)));
  };

  const remove = (entity: Entity) => {
    if (confirm(t('removeEntityConfirm', entity.label))) void save(watchlist.filter((other) => other.id !== entity.id));
  };

  return (
    <>
      <ul class="entity-rows">
        {watchlist.map((entity) => (
          <li key={entity.id} class="entity-row" data-entity={entity.id}>
            {editing === entity.id ? (
              <EntityForm initial={draftFromEntity(entity)} watchlist={watchlist} onSave={(saved) => saveEntity(saved, entity.id)} onCancel={() => setEditing(null)} />
            ) : (
              <div class="entity-row-summary">
                <input type="checkbox" checked={entity.enabled !== false} aria-label={t('entityEnabled', entity.label)}
                  onChange={(event) => setEnabled(entity, (event.currentTarget as HTMLInputElement).checked)} />
                <span class="swatch" style={{ backgroundColor: entity.colour }} aria-hidden="true" />
                <span class={entity.enabled === false ? 'entity-name entity-off' : 'entity-name'}>
                  {entity.label}
                  {entity.enabled === false && <span class="tag">{t('entityDisabledTag')}</span>}
                </span>
                <span class="entity-role muted">{entity.role}</span>
                <button type="button" class="small-button" onClick={() => setEditing(entity.id)} aria-label={`${t('editEntity')} ${entity.label}`}>{t('editEntity')}</button>
                <button type="button" class="small-button button-danger" onClick={() => remove(entity)} aria-label={`${t('removeEntity')} ${entity.label}`}>{t('removeEntity')}</button>
              </div>
            )}
          </li>
        ))}
      </ul>
      {editing === '' ? (
        <EntityForm initial={emptyDraft(watchlist)} watchlist={watchlist} onSave={(saved) => saveEntity(saved, null)} onCancel={() => setEditing(null)} />
      ) : (
        <button type="button" class="button" id="add-entity" onClick={() => setEditing('')}>{t('addEntity')}</button>
      )}
    </>
  );
}
