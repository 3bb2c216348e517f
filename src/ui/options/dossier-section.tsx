/**
 * The dossier's privacy: pause recording, sites never recorded, how long pages are kept, how much is
 * stored, delete everything, and the way to the dossier page.
 */
import { useEffect, useState } from 'preact/hooks';
import { t } from '../../i18n/strings';
import { RETENTION_CHOICES, type Settings } from '../../settings/settings';
import { formatBytes } from '../shared/format-bytes';
import { HostAddForm } from './host-add-form';

/** What the section needs of the record; the entrypoint opens the store, tests fake it. */
export interface DossierControls {
  estimate(): Promise<{ pages: number; quotes: number; bytes: number }>;
  clear(): Promise<void>;
  /** Opens the dossier page. */
  open(): void;
}

interface Props {
  settings: Settings;
  change: (update: (settings: Settings) => Settings) => Promise<boolean>;
  dossier: DossierControls;
  confirm: (message: string) => boolean;
}

export function DossierSection({ settings, change, dossier, confirm }: Props) {
  const [estimate, setEstimate] = useState<{ pages: number; quotes: number; bytes: number } | null>(null);
  const refresh = () => void dossier.estimate().then(setEstimate, () => setEstimate(null));
  useEffect(refresh, [dossier]);

  const addHost = (host: string) =>
    change((current) => ({ ...current, neverRecordHosts: [...new Set([...current.neverRecordHosts, host])].sort() }));

  const clearAll = () => {
    if (!confirm(t('dossierDeleteAllConfirm'))) return;
    void dossier.clear().then(refresh);
  };

  return (
    <>
      <p class="muted">{t('dossierRecordingIntro')}</p>
      <label class="checkbox-row">
        <input id="dossier-recording-paused" type="checkbox" checked={settings.recordingPaused}
          onChange={() => void change((current) => ({ ...current, recordingPaused: !current.recordingPaused }))} />
        {' '}{t('dossierRecordingPaused')}
      </label>
      <div class="form-row inline">
        <label for="dossier-retention">{t('dossierRetentionLabel')}</label>
        <select id="dossier-retention" value={settings.retentionDays === null ? '' : String(settings.retentionDays)}
          onChange={(event) => {
            const value = (event.currentTarget as HTMLSelectElement).value;
            void change((current) => ({ ...current, retentionDays: value === '' ? null : Number(value) }));
          }}>
          <option value="">{t('dossierRetentionForever')}</option>
          {/* A period set elsewhere (an import) stays listed, so the choice shows what is in force. */}
          {[...new Set([...RETENTION_CHOICES, ...(settings.retentionDays === null ? [] : [settings.retentionDays])])].sort((a, b) => a - b).map((days) => (
            <option key={days} value={String(days)}>{t('dossierRetentionDays', days)}</option>
          ))}
        </select>
      </div>
      {settings.neverRecordHosts.length === 0 ? (
        <p class="muted">{t('dossierNeverRecordEmpty')}</p>
      ) : (
        <ul class="site-rows" id="dossier-never-record">
          {settings.neverRecordHosts.map((never) => (
            <li key={never} class="site-row" data-host={never}>
              <span class="site-host">{never}</span>
              <button type="button" class="small-button" aria-label={t('dossierNeverRecordRemove', never)}
                onClick={() => void change((current) => ({ ...current, neverRecordHosts: current.neverRecordHosts.filter((other) => other !== never) }))}>
                {t('removeEntity')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <HostAddForm inputId="dossier-never-record-input" label={t('dossierNeverRecordLabel')} button={t('dossierNeverRecordAdd')} onAdd={addHost} />
      <p id="dossier-stored" role="status">{estimate && t('dossierStored', estimate.pages, estimate.quotes, formatBytes(estimate.bytes))}</p>
      <div class="form-row inline">
        <button type="button" class="button" id="dossier-open" onClick={() => dossier.open()}>{t('dossierOpen')}</button>
        <button type="button" class="button button-danger" id="dossier-delete-all" onClick={clearAll}>{t('dossierDeleteAll')}</button>
      </div>
    </>
  );
}
