/** A field to add a site by its host name: checked, normalised, and kept until the change is saved. */
import { useState } from 'preact/hooks';
import { normalizeHost } from '../../settings/site-rules';
import { t } from '../../i18n/strings';

interface Props {
  inputId: string;
  label: string;
  button: string;
  /** Saves `host` (normalised); resolves to whether it was saved. */
  onAdd: (host: string) => Promise<boolean>;
}

export function HostAddForm({ inputId, label, button, onAdd }: Props) {
  const [host, setHost] = useState('');
  const [error, setError] = useState<string | null>(null);

  const add = (event: Event) => {
    event.preventDefault();
    const normalized = normalizeHost(host);
    if (normalized === null) {
      setError(t('siteInvalid'));
      return;
    }
    setError(null);
    // What the reader typed stays in the field until it is saved: a full storage must not lose it.
    void onAdd(normalized).then((saved) => {
      if (saved) setHost('');
    });
  };

  return (
    <form class="site-add" onSubmit={add}>
      <label for={inputId}>{label}</label>
      <input id={inputId} type="text" value={host} placeholder={t('siteAddPlaceholder')} onInput={(event) => setHost((event.currentTarget as HTMLInputElement).value)} />
      <button type="submit" class="button">{button}</button>
      {error !== null && <p class="form-error" role="alert">{error}</p>}
    </form>
  );
}
