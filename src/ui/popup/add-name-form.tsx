/** Offered when nothing was found: add the name the reader expected to the watchlist, right here. */
import { useState } from 'preact/hooks';
import type { Entity } from '../../catalog/entity';
import { entityFromSelection } from '../../settings/entity-from-selection';
import type { SaveResult } from '../../settings/settings-store';
import { saveFailedMessage } from '../shared/save-failed-message';
import { t } from '../../i18n/strings';

interface Props {
  loadWatchlist: () => Promise<Entity[]>;
  saveWatchlist: (watchlist: Entity[]) => Promise<SaveResult>;
  onAdded: () => void;
}

export function AddNameForm({ loadWatchlist, saveWatchlist, onAdded }: Props) {
  const [name, setName] = useState('');
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);

  const submit = async (event: Event) => {
    event.preventDefault();
    const watchlist = await loadWatchlist();
    const result = entityFromSelection(name, watchlist);
    if (!result.ok) {
      const text = result.problem === 'already-watched' ? t('addNameExists', name.trim())
        : result.problem === 'too-long' ? t('addNameTooLong') : t('addNameEmpty');
      setMessage({ text, error: true });
      return;
    }
    const saved = await saveWatchlist([...watchlist, result.entity]);
    if (!saved.ok) {
      setMessage({ text: saveFailedMessage(saved), error: true });
      return;
    }
    setMessage({ text: t('addNameAdded', result.entity.label), error: false });
    setName('');
    onAdded();
  };

  return (
    <form class="add-name" onSubmit={(event) => void submit(event)}>
      <label for="add-name-input">{t('addNameLabel')}</label>
      <div class="add-name-row">
        <input id="add-name-input" type="text" value={name} placeholder={t('addNamePlaceholder')}
          onInput={(event) => setName((event.currentTarget as HTMLInputElement).value)} />
        <button type="submit" class="small-button">{t('addNameButton')}</button>
      </div>
      {message && <p class={message.error ? 'form-error' : 'form-ok'} role={message.error ? 'alert' : 'status'}>{message.text}</p>}
    </form>
  );
}
