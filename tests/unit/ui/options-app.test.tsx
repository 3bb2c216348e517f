import { render } from 'preact';
import { describe, expect, it, vi } from 'vitest';
import type { Entity } from '../../../src/catalog/entity';
import { exportToJson } from '../../../src/settings/import-export';
import { defaultSettings, type Settings } from '../../../src/settings/settings';
import type { SaveResult, WatchlistPlace } from '../../../src/settings/settings-store';
import { OptionsApp } from '../../../src/ui/options/options-app';
import type { OptionsEnvironment } from '../../../src/ui/options/options-environment';
import { domPerTest, settle } from './dom';
import { WATCHLIST } from './fixtures';

const dom = domPerTest();

function fakeEnvironment(overrides: Partial<OptionsEnvironment> = {}, place: WatchlistPlace | null = { area: 'sync' }) {
  const state = { settings: defaultSettings() as Settings, watchlist: [...WATCHLIST] as Entity[] };
  const env: OptionsEnvironment = {
    loadSettings: async () => state.settings,
    watchSettings: () => () => {},
    updateSettings: async (change) => {
      state.settings = change(state.settings);
      return { ok: true, settings: state.settings };
    },
    loadWatchlistState: async () => ({ watchlist: state.watchlist, place }),
    watchWatchlist: () => () => {},
    saveWatchlist: vi.fn(async (next: Entity[]): Promise<SaveResult> => {
      state.watchlist = next;
      return { ok: true, place: { area: 'sync' } };
    }),
    resetToDefaults: async () => ({ ok: true }),
    download: vi.fn(),
    confirm: vi.fn(() => true),
    dossier: { estimate: async () => ({ pages: 3, quotes: 12, bytes: 2048 }), clear: vi.fn(async () => {}), open: vi.fn() },
    hash: '',
    ...overrides,
  };
  return { env, state };
}

const $ = <T extends Element = HTMLElement>(selector: string) => dom.root.querySelector(selector) as T | null;

function type(selector: string, value: string) {
  const input = $<HTMLInputElement>(selector)!;
  input.value = value;
  input.dispatchEvent(new dom.window.Event('input'));
}

function submit(form: Element | null) {
  form!.dispatchEvent(new dom.window.Event('submit', { cancelable: true }));
}

/** linkedom has no File input: hand the component a File-like object through its change handler. */
function chooseFile(text: string) {
  const input = $<HTMLInputElement>('#import-file')!;
  Object.defineProperty(input, 'files', { value: [{ name: 'import.json', text: async () => text }], configurable: true });
  input.dispatchEvent(new dom.window.Event('change'));
}

async function chooseFileAndImport(text: string) {
  chooseFile(text);
  await settle();
  submit($('form.import-form'));
  await settle();
}

describe('OptionsApp', () => {
  it("the dossier section pauses recording, keeps the never-record list and retention, shows the size and deletes everything", async () => {
    const { env, state } = fakeEnvironment();
    render(<OptionsApp env={env} />, dom.root);
    await settle();
    expect($('#dossier-stored')?.textContent).toBe('Stored: 3 pages, 12 quotes, 2 KB');
    $<HTMLInputElement>('#dossier-recording-paused')!.dispatchEvent(new dom.window.Event('change'));
    await settle();
    expect(state.settings.recordingPaused).toBe(true);
    type('#dossier-never-record-input', 'https://www.Example.org/some/page');
    await settle();
    submit($('#dossier-never-record-input')!.closest('form'));
    await settle();
    expect(state.settings.neverRecordHosts).toEqual(['example.org']);
    type('#dossier-never-record-input', 'not a host at all');
    await settle();
    submit($('#dossier-never-record-input')!.closest('form'));
    await settle();
    expect($('#dossier-never-record-input')!.closest('form')!.querySelector('[role="alert"]')).not.toBeNull();
    $<HTMLButtonElement>('[aria-label="Record example.org again"]')!.click();
    await settle();
    expect(state.settings.neverRecordHosts).toEqual([]);
    const retention = $<HTMLSelectElement>('#dossier-retention')!;
    for (const option of retention.querySelectorAll('option')) {
      if (option.getAttribute('value') === '90') option.setAttribute('selected', '');
      else option.removeAttribute('selected');
    }
    retention.dispatchEvent(new dom.window.Event('change'));
    await settle();
    expect(state.settings.retentionDays).toBe(90);
    $<HTMLButtonElement>('#dossier-delete-all')!.click();
    await settle();
    expect(env.confirm).toHaveBeenCalled();
    expect(env.dossier.clear).toHaveBeenCalledOnce();
  });

  it('lists the watchlist and adds a new entity through the form', async () => {
    const { env, state } = fakeEnvironment();
    render(<OptionsApp env={env} />, dom.root);
    await settle();
    expect([...dom.root.querySelectorAll('.entity-row')].map((row) => row.getAttribute('data-entity'))).toEqual(['xi', 'putin', 'kirby']);
    $<HTMLButtonElement>('#add-entity')!.click();
    await settle();
    type('#entity-new-label', 'Wang Yi');
    type('#entity-new-aliases', 'Wang Yi\nВан И');
    await settle();
    submit($('form.entity-form'));
    await settle();
    expect(state.watchlist.map((entity) => entity.id)).toEqual(['xi', 'putin', 'kirby', 'wang-yi']);
    expect(state.watchlist[3]?.aliases).toEqual(['Wang Yi', 'Ван И']);
  });

  it('shows warnings first, and saves only when the user insists', async () => {
    const { env } = fakeEnvironment();
    render(<OptionsApp env={env} />, dom.root);
    await settle();
    $<HTMLButtonElement>('#add-entity')!.click();
    await settle();
    type('#entity-new-label', 'Impostor');
    type('#entity-new-aliases', 'John Kirby');
    await settle();
    submit($('form.entity-form'));
    await settle();
    expect($('.form-problems')?.textContent).toContain('already used by “John Kirby”');
    expect(env.saveWatchlist).not.toHaveBeenCalled();
    expect($('form.entity-form button[type="submit"]')?.textContent).toBe('Save anyway');
    submit($('form.entity-form'));
    await settle();
    expect(env.saveWatchlist).toHaveBeenCalledTimes(1);
  });

  it('saves nothing while the entity cannot work', async () => {
    const { env } = fakeEnvironment();
    render(<OptionsApp env={env} />, dom.root);
    await settle();
    $<HTMLButtonElement>('#add-entity')!.click();
    await settle();
    type('#entity-new-label', 'Nobody');
    type('#entity-new-aliases', '');
    await settle();
    submit($('form.entity-form'));
    await settle();
    submit($('form.entity-form'));
    await settle();
    expect($('.form-problems')?.textContent).toContain('could never be found');
    expect(env.saveWatchlist).not.toHaveBeenCalled();
  });

  it('refuses a broken import file, says why, and changes nothing', async () => {
    const { env, state } = fakeEnvironment();
    render(<OptionsApp env={env} />, dom.root);
    await settle();
    await chooseFileAndImport('{"dossierExport": 1, "entities": [');
    expect($('#backup-message')?.textContent).toBe('This file is not JSON, or it is damaged. Nothing was changed.');
    expect(env.saveWatchlist).not.toHaveBeenCalled();
    expect(state.watchlist).toEqual(WATCHLIST);
  });

  it('imports by merging by default, and by replacing when chosen', async () => {
    const { env, state } = fakeEnvironment();
    render(<OptionsApp env={env} />, dom.root);
    await settle();
    const extra: Entity = { ...WATCHLIST[2]!, id: 'lavrov', label: 'Sergei Lavrov', aliases: ['Sergei Lavrov'], contextualAliases: [], cues: [] };
    await chooseFileAndImport(exportToJson({ ...defaultSettings(), hoverDelayMs: 800 }, [extra]));
    expect(state.watchlist.map((entity) => entity.id)).toEqual(['xi', 'putin', 'kirby', 'lavrov']);
    expect(state.settings.hoverDelayMs).toBe(800);
    const replace = $<HTMLInputElement>('input[name="import-mode"][value="replace"]')!;
    replace.checked = true;
    replace.dispatchEvent(new dom.window.Event('change'));
    await settle();
    submit($('form.import-form'));
    await settle();
    expect(state.watchlist.map((entity) => entity.id)).toEqual(['lavrov']);
  });

  it('adds a site rule that fits the mode, and refuses what is not a site', async () => {
    const { env, state } = fakeEnvironment();
    render(<OptionsApp env={env} />, dom.root);
    await settle();
    type('#site-add-input', 'https://www.Example.com/news');
    await settle();
    submit($('form.site-add'));
    await settle();
    expect(state.settings.sites).toEqual([{ host: 'example.com', enabled: false }]);
    type('#site-add-input', '...');
    await settle();
    submit($('form.site-add'));
    await settle();
    expect($('.site-add .form-error')?.textContent).toBe('That is not a site name or address.');
  });

  it('says plainly when the storage is full, and keeps showing what was saved', async () => {
    const updateSettings = vi.fn(async (change: (settings: Settings) => Settings) => {
      change(defaultSettings());
      return { ok: false as const, error: 'Resource::kQuotaBytes quota exceeded', reason: 'storage-full' as const, settings: defaultSettings() };
    });
    const { env } = fakeEnvironment({ updateSettings });
    render(<OptionsApp env={env} />, dom.root);
    await settle();
    type('#site-add-input', 'example.com');
    await settle();
    submit($('form.site-add'));
    await settle();
    expect(updateSettings).toHaveBeenCalledTimes(1);
    const alert = $('.notice-error[role="alert"]')?.textContent ?? '';
    expect(alert).toContain('storage is full');
    expect(alert).toContain('Everything saved before is unchanged');
    expect(alert).not.toContain('kQuotaBytes');
    expect($('.site-row')).toBeNull();
    // What the reader typed is still there to try again.
    expect(($('#site-add-input') as HTMLInputElement).value).toBe('example.com');
  });

  it('says so when a watchlist save fails for a reason it cannot name, with the browser’s words', async () => {
    const saveWatchlist = vi.fn(async (): Promise<SaveResult> => ({ ok: false, error: 'IO error', reason: 'storage-error' }));
    const { env, state } = fakeEnvironment({ saveWatchlist });
    render(<OptionsApp env={env} />, dom.root);
    await settle();
    const toggle = $<HTMLInputElement>(`.entity-row[data-entity="${state.watchlist[0]!.id}"] input[type="checkbox"]`)!;
    toggle.checked = false;
    toggle.dispatchEvent(new dom.window.Event('change'));
    await settle();
    expect($('.notice-error[role="alert"]')?.textContent).toBe('Could not save: IO error');
  });

  it('resets only after confirmation', async () => {
    const resetToDefaults = vi.fn(async (): Promise<SaveResult> => ({ ok: true }));
    const { env } = fakeEnvironment({ resetToDefaults, confirm: vi.fn().mockReturnValueOnce(false).mockReturnValue(true) });
    render(<OptionsApp env={env} />, dom.root);
    await settle();
    $<HTMLButtonElement>('#reset-button')!.click();
    await settle();
    expect(resetToDefaults).not.toHaveBeenCalled();
    $<HTMLButtonElement>('#reset-button')!.click();
    await settle();
    expect(resetToDefaults).toHaveBeenCalledTimes(1);
  });

  it('tells the user when the watchlist lives in local storage only', async () => {
    render(<OptionsApp env={fakeEnvironment({}, { area: 'local', reason: 'too-large' }).env} />, dom.root);
    await settle();
    expect($('#watchlist-place')?.textContent).toContain('kept on this computer only');
  });

  it('opens the editor of an entity the context menu just added', async () => {
    render(<OptionsApp env={fakeEnvironment({ hash: 'entity=kirby&status=added' }).env} />, dom.root);
    await settle();
    expect($('[data-entity="kirby"] form.entity-form')).not.toBeNull();
    expect(dom.root.textContent).toContain('Added “John Kirby” to your watchlist.');
  });
});
