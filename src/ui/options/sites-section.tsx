/** Where Dossier runs: the mode, and the list of site rules with their state and remove. */
import { useState } from 'preact/hooks';
import type { Settings, SiteMode } from '../../settings/settings';
import { normalizeHost, removeSiteRule, sortRules } from '../../settings/site-rules';
import { t } from '../../i18n/strings';

interface Props {
  settings: Settings;
  /** Resolves to whether the change was saved. */
  change: (update: (settings: Settings) => Settings) => Promise<boolean>;
}

export function SitesSection({ settings, change }: Props) {
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
    // A site added in "everywhere except" mode is one to switch off, and the other way round.
    const enabled = settings.siteMode === 'only-on';
    // What the reader typed stays in the field until it is saved: a full storage must not lose it.
    void change((current) => ({ ...current, sites: sortRules([...current.sites.filter((rule) => rule.host !== normalized), { host: normalized, enabled }]) }))
      .then((saved) => {
        if (saved) setHost('');
      });
  };

  const setMode = (mode: SiteMode) => void change((current) => ({ ...current, siteMode: mode }));

  return (
    <>
      <fieldset class="radio-group">
        <legend>{t('siteModeLegend')}</legend>
        {(['everywhere-except', 'only-on'] as const).map((mode) => (
          <label key={mode}>
            <input type="radio" name="site-mode" value={mode} checked={settings.siteMode === mode} onChange={() => setMode(mode)} />
            {' '}{t(mode === 'everywhere-except' ? 'siteModeEverywhere' : 'siteModeOnlyOn')}
          </label>
        ))}
      </fieldset>
      <p class="muted hint">{t('sitesHint')}</p>
      {settings.sites.length === 0 ? (
        <p class="muted">{t('sitesEmpty')}</p>
      ) : (
        <ul class="site-rows">
          {settings.sites.map((rule) => (
            <li key={rule.host} class="site-row" data-host={rule.host}>
              <span class="site-host">{rule.host}</span>
              <select aria-label={t('siteStateLabel', rule.host)} value={rule.enabled ? 'on' : 'off'}
                onChange={(event) => change((current) => ({
                  ...current,
                  sites: current.sites.map((other) => (other.host === rule.host ? { ...other, enabled: (event.currentTarget as HTMLSelectElement).value === 'on' } : other)),
                }))}>
                <option value="on">{t('siteOn')}</option>
                <option value="off">{t('siteOff')}</option>
              </select>
              <button type="button" class="small-button" aria-label={t('siteRemove', rule.host)} onClick={() => change((current) => removeSiteRule(current, rule.host))}>
                {t('removeEntity')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <form class="site-add" onSubmit={add}>
        <label for="site-add-input">{t('siteAddLabel')}</label>
        <input id="site-add-input" type="text" value={host} placeholder={t('siteAddPlaceholder')} onInput={(event) => setHost((event.currentTarget as HTMLInputElement).value)} />
        <button type="submit" class="button">{t('siteAddButton')}</button>
        {error !== null && <p class="form-error" role="alert">{error}</p>}
      </form>
    </>
  );
}

