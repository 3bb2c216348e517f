import { render } from 'preact';
import { describe, expect, it, vi } from 'vitest';
import type { PageState } from '../../../src/messaging/messages';
import { defaultSettings, type Settings } from '../../../src/settings/settings';
import type { Entity } from '../../../src/catalog/entity';
import { PopupApp } from '../../../src/ui/popup/popup-app';
import type { PopupEnvironment } from '../../../src/ui/popup/popup-environment';
import { domPerTest, settle } from './dom';
import { REPORT, WATCHLIST } from './fixtures';

const dom = domPerTest();

function fakeEnvironment(state: PageState | null, overrides: Partial<PopupEnvironment> = {}) {
  let settings: Settings = defaultSettings();
  let watchlist: Entity[] = [...WATCHLIST];
  const env: PopupEnvironment = {
    tabUrl: state?.url ?? null,
    subscribePageState: pushing(state === null ? [] : [state]),
    loadSettings: async () => settings,
    watchSettings: () => () => {},
    updateSettings: vi.fn(async (change) => {
      settings = change(settings);
      return { ok: true as const, settings };
    }),
    loadWatchlist: async () => watchlist,
    saveWatchlist: vi.fn(async (next: Entity[]) => {
      watchlist = next;
      return { ok: true as const };
    }),
    scrollToMention: vi.fn(async () => {}),
    copyText: vi.fn(async () => {}),
    openOptions: vi.fn(),
    speakerHistory: async (entityId) => (entityId === 'kirby' ? { count: 4, latest: { text: 'Earlier words', site: 'Other Outlet', published: '2026-10-01T08:00:00Z', lastVisit: 0, url: 'https://other.example/a' } } : null),
    dossierUrl: (entityId) => `dossier.html#entity=${entityId}`,
    ...overrides,
  };
  return { env, settings: () => settings, watchlist: () => watchlist };
}

const text = () => dom.root.textContent ?? '';

/**
 * A tab that pushes `states` one after the other, each in its own task; with none, a tab without
 * a content script (the port is gone at once).
 */
function pushing(states: PageState[]): PopupEnvironment['subscribePageState'] {
  return ({ onState, onGone }) => {
    let open = true;
    void (async () => {
      if (states.length === 0) onGone();
      for (const state of states) {
        await new Promise((resolve) => setTimeout(resolve, 0));
        if (open) onState(state);
      }
    })();
    return () => {
      open = false;
    };
  };
}

/** A tab whose pushes the test sends by hand. */
function manualTab() {
  let listener: Parameters<PopupEnvironment['subscribePageState']>[0] | null = null;
  const subscribePageState: PopupEnvironment['subscribePageState'] = (subscriber) => {
    listener = subscriber;
    return () => {
      listener = null;
    };
  };
  return { subscribePageState, push: (state: PageState) => listener?.onState(state), subscribed: () => listener !== null };
}

/** What a click on a checkbox does in a browser (linkedom's click does not toggle). */
function toggle(input: Element | null) {
  const checkbox = input as HTMLInputElement;
  checkbox.checked = !checkbox.checked;
  checkbox.dispatchEvent(new dom.window.Event('change'));
}
const ready: PageState = { status: 'ready', report: REPORT, markCount: 7, url: REPORT.url! };

describe('PopupApp', () => {
  it('shows header, summary, entities, quotes and background of the page', async () => {
    render(<PopupApp env={fakeEnvironment(ready).env} />, dom.root);
    await settle();
    expect(dom.root.querySelector('h1')?.textContent).toBe('Xi arrives in Moscow for talks');
    expect(text()).toContain('Example News');
    expect(text()).toContain('A. Reporter');
    expect(text()).toContain('4 min read');
    expect(text()).toContain('Washington doubted that Beijing was a neutral broker.');
    const entities = [...dom.root.querySelectorAll('.entity-item')].map((item) => item.getAttribute('data-entity'));
    expect(entities).toEqual(['xi', 'kirby']);
    expect(dom.root.querySelector('[data-entity="xi"] .entity-count')?.textContent).toBe('5×');
    expect([...dom.root.querySelectorAll('.speaker-group')].map((group) => group.getAttribute('data-speaker'))).toEqual(['xi', 'kirby', 'An analyst', '']);
    expect(dom.root.querySelectorAll('.confidence-low').length).toBe(2);
    expect(text()).toContain('Head of state since 2013.');
    expect(dom.root.querySelector('#site-switch')?.parentElement?.textContent).toContain('Highlight on news.example.com');
  });

  it('scrolls to successive mentions of an entity, and copies a citation', async () => {
    const { env } = fakeEnvironment(ready);
    render(<PopupApp env={env} />, dom.root);
    await settle();
    const button = dom.root.querySelector('[data-entity="kirby"] button') as HTMLButtonElement;
    button.click();
    button.click();
    button.click();
    expect(vi.mocked(env.scrollToMention).mock.calls).toEqual([['kirby', 0], ['kirby', 1], ['kirby', 0]]);
    (dom.root.querySelector('.quote-item .small-button') as HTMLButtonElement).click();
    await settle();
    expect(vi.mocked(env.copyText).mock.calls[0]?.[0]).toContain('> — Xi Jinping, President of China');
    expect(dom.root.querySelector('.quote-item .small-button')?.textContent).toBe('Copied');
  });

  it('switches the site off through the settings', async () => {
    const fake = fakeEnvironment(ready);
    render(<PopupApp env={fake.env} />, dom.root);
    await settle();
    toggle(dom.root.querySelector('#site-switch'));
    await settle();
    expect(fake.settings().sites).toEqual([{ host: 'news.example.com', enabled: false }]);
    expect((dom.root.querySelector('#site-switch') as HTMLInputElement).checked).toBe(false);
  });

  it('shows a failed save as a message', async () => {
    const { env } = fakeEnvironment(ready, {
      updateSettings: async () => ({ ok: false, error: 'QUOTA_BYTES quota exceeded', settings: defaultSettings() }),
    });
    render(<PopupApp env={env} />, dom.root);
    await settle();
    toggle(dom.root.querySelector('#pause-switch'));
    await settle();
    expect(dom.root.querySelector('[role="alert"]')?.textContent).toBe('Could not save: QUOTA_BYTES quota exceeded');
  });

  it('says when the page is out of reach, and why', async () => {
    const { env } = fakeEnvironment(null, { tabUrl: 'chrome://extensions/' });
    render(<PopupApp env={env} />, dom.root);
    await settle();
    expect(dom.root.querySelector('[data-state="unreachable-browser-page"]')).not.toBeNull();
    expect(dom.root.querySelector('#site-switch')).toBeNull();
  });

  it('says when nothing was found and lets the reader add a name', async () => {
    const empty: PageState = { status: 'ready', markCount: 0, url: REPORT.url!, report: { ...REPORT, entities: [], quotes: [] } };
    const fake = fakeEnvironment(empty);
    render(<PopupApp env={fake.env} />, dom.root);
    await settle();
    expect(dom.root.querySelector('[data-state="nothing-found"]')).not.toBeNull();
    const input = dom.root.querySelector('#add-name-input') as HTMLInputElement;
    input.value = 'Wang Yi';
    input.dispatchEvent(new dom.window.Event('input'));
    await settle();
    dom.root.querySelector('form')!.dispatchEvent(new dom.window.Event('submit', { cancelable: true }));
    await settle();
    expect(fake.watchlist().map((entity) => entity.id)).toContain('wang-yi');
    expect(text()).toContain('Added “Wang Yi”.');
  });

  it('renders each state the tab pushes, without asking again', async () => {
    const scanning: PageState = { status: 'scanning', report: null, markCount: 0, url: REPORT.url! };
    const tab = manualTab();
    render(<PopupApp env={fakeEnvironment(ready, { subscribePageState: tab.subscribePageState }).env} />, dom.root);
    await settle();
    expect(dom.root.querySelector('[data-state="loading"]')).not.toBeNull();
    tab.push(scanning);
    await settle();
    expect(dom.root.querySelector('[data-state="scanning"]')).not.toBeNull();
    tab.push(ready);
    await settle();
    expect(dom.root.querySelector('h1')?.textContent).toBe('Xi arrives in Moscow for talks');
  });

  // A page with marks builds its analysis after them; one without builds it when the popup subscribes.
  it.each([7, 0])('waits for the analysis of a page with %i marks, and shows it once pushed', async (markCount) => {
    const scanned: PageState = { status: 'ready', report: null, markCount, url: REPORT.url! };
    const tab = manualTab();
    render(<PopupApp env={fakeEnvironment(ready, { subscribePageState: tab.subscribePageState }).env} />, dom.root);
    await settle();
    expect(tab.subscribed()).toBe(true);
    tab.push(scanned);
    await settle();
    expect(dom.root.querySelector('[data-state="analysing"]')).not.toBeNull();
    tab.push(ready);
    await settle();
    expect(dom.root.querySelector('h1')?.textContent).toBe('Xi arrives in Moscow for talks');
    expect(dom.root.querySelector('[data-state="analysing"]')).toBeNull();
  });

  it('says so when the background could not build the analysis', async () => {
    const failed: PageState = { status: 'ready', report: null, markCount: 7, url: REPORT.url!, reportFailed: true };
    render(<PopupApp env={fakeEnvironment(failed).env} />, dom.root);
    await settle();
    expect(dom.root.querySelector('[data-state="no-analysis"]')?.textContent).toContain('marked 7 mentions');
  });

  it('says when the header is the page metadata alone, because Readability could not run', async () => {
    render(<PopupApp env={fakeEnvironment({ ...ready, headerIncomplete: true }).env} />, dom.root);
    await settle();
    expect(dom.root.querySelector('[data-testid="header-incomplete"]')?.textContent).toContain('could not run on this page');
    render(<PopupApp env={fakeEnvironment(ready).env} />, dom.root);
    await settle();
    expect(dom.root.querySelector('[data-testid="header-incomplete"]')).toBeNull();
  });

  it('says when the site is off or Dossier is paused', async () => {
    render(<PopupApp env={fakeEnvironment({ status: 'disabled', report: null, markCount: 0, url: REPORT.url! }).env} />, dom.root);
    await settle();
    expect(dom.root.querySelector('[data-state="disabled"]')?.textContent).toBe('Highlighting is off on news.example.com.');
  });
});
