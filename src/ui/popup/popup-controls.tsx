/** The popup's top bar: the site switch, the global pause and the way to the options page. */
import type { Settings } from '../../settings/settings';
import { t } from '../../i18n/strings';
import { Switch } from '../shared/switch';

interface Props {
  host: string | null;
  siteEnabled: boolean;
  settings: Settings;
  onToggleSite: () => void;
  onTogglePause: () => void;
  onOpenOptions: () => void;
}

export function PopupControls({ host, siteEnabled, settings, onToggleSite, onTogglePause, onOpenOptions }: Props) {
  return (
    <header class="popup-controls">
      <div class="popup-brand">
        <span class="popup-title">{t('popupTitle')}</span>
        <button type="button" class="link-button" onClick={onOpenOptions} aria-label={t('openOptionsLabel')}>
          {t('openOptions')}
        </button>
      </div>
      {host !== null && (
        <Switch id="site-switch" label={t('highlightOnHost', host)} checked={siteEnabled} onChange={onToggleSite} />
      )}
      <Switch id="pause-switch" label={t('pauseEverywhere')} checked={settings.paused} onChange={onTogglePause} />
    </header>
  );
}
