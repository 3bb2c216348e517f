/** Where Dossier runs: the mode, and the list of site rules with their state and remove. */
import type { Settings, SiteMode } from '../../settings/settings';
import { removeSiteRule, sortRules } from '../../settings/site-rules';
import { t } from '../../i18n/strings';
import { HostAddForm } from './host-add-form';

interface Props {
  settings: Settings;
  /** Resolves to whether the change was saved. */
  change: (update: (settings: Settings) => Settings) => Promise<boolean>;
}

export function SitesSection({ settings, change }: Props) {
  const add = (host: string) => {
    // A site added in "everywhere except" mode is one to switch off, and the other way round.
    const enabled = settings.siteMode === 'only-on';
    return change((current) => ({ ...current, sites: sortRules([...current.sites.filter((rule) => rule.host !== host), { host, enabled }]) }));
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
      <HostAddForm inputId="site-add-input" label={t('siteAddLabel')} button={t('siteAddButton')} onAdd={add} />
    </>
  );
}

