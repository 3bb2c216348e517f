/** Export (JSON, CSV, Markdown) and import (JSON), with a report of what the import added and skipped. */
import { useState } from 'preact/hooks';
import { importDossierJson, exportDossierJson } from '../../dossier/exchange/import-export';
import { toCsv } from '../../dossier/exchange/csv-format';
import { toMarkdown } from '../../dossier/exchange/markdown-format';
import type { DossierStore } from '../../dossier/store/dossier-store';
import { t } from '../../i18n/strings';
import type { DossierEnvironment } from './dossier-environment';

interface Props {
  store: DossierStore;
  env: DossierEnvironment;
  /** After an import changed the record. */
  onImported: () => void;
}

export function ExchangeBar({ store, env, onImported }: Props) {
  const [report, setReport] = useState<{ ok: boolean; text: string } | null>(null);
  const day = env.now().toISOString().slice(0, 10);

  const exportAs = async (kind: 'json' | 'csv' | 'md') => {
    if (kind === 'json') return env.download(`dossier-${day}.json`, await exportDossierJson(store, env.now()), 'application/json');
    const visits = await store.visits();
    if (kind === 'csv') return env.download(`dossier-${day}.csv`, toCsv(visits), 'text/csv;charset=utf-8');
    return env.download(`dossier-${day}.md`, toMarkdown(visits), 'text/markdown;charset=utf-8');
  };

  const importFile = async (file: File | undefined) => {
    if (!file) return;
    try {
      const result = await importDossierJson(store, await file.text());
      setReport({ ok: true, text: t('dossierImportReport', result.pagesAdded, result.pagesMerged, result.quotesAdded, result.quotesSkipped, result.rejected.length) });
      onImported();
    } catch (error) {
      setReport({ ok: false, text: t('dossierImportFailed', error instanceof Error ? error.message : String(error)) });
    }
  };

  return (
    <div class="dossier-exchange">
      <button type="button" class="button" id="dossier-export-json" onClick={() => void exportAs('json')}>{t('dossierExportJson')}</button>
      <button type="button" class="button" id="dossier-export-csv" onClick={() => void exportAs('csv')}>{t('dossierExportCsv')}</button>
      <button type="button" class="button" id="dossier-export-md" onClick={() => void exportAs('md')}>{t('dossierExportMarkdown')}</button>
      <label class="button dossier-import">
        {t('dossierImport')}
        <input type="file" id="dossier-import-file" accept="application/json,.json" class="visually-hidden"
          onChange={(event) => {
            const input = event.currentTarget as HTMLInputElement;
            void importFile(input.files?.[0]).then(() => (input.value = ''));
          }} />
      </label>
      {report && <p class={report.ok ? 'notice' : 'notice notice-error'} role="status" id="dossier-import-report">{report.text}</p>}
    </div>
  );
}
