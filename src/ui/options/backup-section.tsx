/** Export, import (merge or replace) and reset. An import that fails changes nothing. */
import { useState } from 'preact/hooks';
import { applyImport, exportToJson, parseImport, type ImportMode, type ImportProblem } from '../../settings/import-export';
import type { Entity } from '../../catalog/entity';
import type { Settings } from '../../settings/settings';
import type { SaveResult } from '../../settings/settings-store';
import { saveFailedMessage } from '../shared/save-failed-message';
import { t } from '../../i18n/strings';

interface Props {
  settings: Settings;
  watchlist: Entity[];
  saveAll: (settings: Settings, watchlist: Entity[]) => Promise<SaveResult>;
  resetToDefaults: () => Promise<SaveResult>;
  download: (filename: string, text: string) => void;
  confirm: (message: string) => boolean;
}

export function describeImportProblem(problem: ImportProblem): string {
  switch (problem.code) {
    case 'not-json': return t('importNotJson');
    case 'foreign': return t('importForeign');
    case 'newer-version': return t('importNewer');
    case 'bad-settings': return t('importBadSettings', problem.fields.join(', '));
    case 'bad-watchlist': return t('importBadWatchlist', problem.message);
  }
}

export function BackupSection({ settings, watchlist, saveAll, resetToDefaults, download, confirm }: Props) {
  const [mode, setMode] = useState<ImportMode>('merge');
  const [file, setFile] = useState<File | null>(null);
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);

  const exportFile = () => {
    const date = new Date().toISOString().slice(0, 10);
    download(`dossier-${date}.json`, exportToJson(settings, watchlist));
  };

  const importFile = async (event: Event) => {
    event.preventDefault();
    if (file === null) {
      setMessage({ text: t('importNoFile'), error: true });
      return;
    }
    const parsed = parseImport(await file.text());
    if (!parsed.ok) {
      setMessage({ text: describeImportProblem(parsed.problem), error: true });
      return;
    }
    const next = applyImport({ settings, watchlist }, parsed.data, mode);
    const saved = await saveAll(next.settings, next.watchlist);
    setMessage(saved.ok ? { text: t('importDone', parsed.data.watchlist?.length ?? 0), error: false } : { text: saveFailedMessage(saved), error: true });
  };

  const reset = async () => {
    if (!confirm(t('resetConfirm'))) return;
    const result = await resetToDefaults();
    setMessage(result.ok ? { text: t('resetDone'), error: false } : { text: saveFailedMessage(result), error: true });
  };

  return (
    <>
      <p><button type="button" class="button" id="export-button" onClick={exportFile}>{t('exportButton')}</button></p>
      <form class="import-form" onSubmit={(event) => void importFile(event)}>
        <label for="import-file">{t('importLabel')}</label>
        <input id="import-file" type="file" accept="application/json,.json" onChange={(event) => setFile((event.currentTarget as HTMLInputElement).files?.[0] ?? null)} />
        <fieldset class="radio-group">
          <legend class="visually-hidden">{t('importLabel')}</legend>
          {(['merge', 'replace'] as const).map((option) => (
            <label key={option}>
              <input type="radio" name="import-mode" value={option} checked={mode === option} onChange={() => setMode(option)} />
              {' '}{t(option === 'merge' ? 'importMerge' : 'importReplace')}
            </label>
          ))}
        </fieldset>
        <button type="submit" class="button" id="import-button">{t('importButton')}</button>
      </form>
      {message && <p id="backup-message" class={message.error ? 'form-error' : 'form-ok'} role={message.error ? 'alert' : 'status'}>{message.text}</p>}
      <p><button type="button" class="button button-danger" id="reset-button" onClick={() => void reset()}>{t('resetButton')}</button></p>
    </>
  );
}
