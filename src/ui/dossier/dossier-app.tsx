/**
 * The dossier page, in a tab (dossier.html) and in the side panel: totals with export and import;
 * full-text search with filters; "one statement, many sources"; each entity's timeline with the
 * quotes by and about it; the newest quotes. The first view reads a row per entity and the newest
 * quotes only; the statements the store grouped at record time (over the whole record) are read a
 * page at a time after it, and the search index is built in slices after that
 * (src/dossier/search/build-in-slices.ts), or the one saved at the last opening taken back
 * (src/dossier/search/saved-search.ts).
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import { loadFirstView, type FirstView } from '../../dossier/first-view';
import type { BuildProgress } from '../../dossier/search/build-in-slices';
import type { QuoteSearch, SearchFilters } from '../../dossier/search/quote-search';
import { loadSharedStatements, type SharedStatement } from '../../dossier/shared-statements';
import type { DossierStore, StatementCursor } from '../../dossier/store/dossier-store';
import type { PageRecord } from '../../dossier/types';
import { t } from '../../i18n/strings';
import type { DossierEnvironment } from './dossier-environment';
import { EntityView } from './entity-view';
import { ExchangeBar } from './exchange-bar';
import { QuoteList, type DossierQuote } from './quote-list';
import { SearchBox } from './search-box';
import { StatementGroupView } from './statement-group';
import { TimelineChart } from './timeline-chart';

const SEARCH_HITS = 50;

/** The shared statements shown so far, how many there are in all, and where the next page starts. */
interface SharedState {
  statements: SharedStatement[];
  total: number;
  next: StatementCursor | null;
}

interface SearchState {
  query: string;
  filters: SearchFilters;
  total: number;
  items: DossierQuote[];
}

export function DossierApp({ env }: { env: DossierEnvironment }) {
  const [store, setStore] = useState<DossierStore | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [view, setView] = useState<FirstView | null>(null);
  const [labels, setLabels] = useState<Map<string, string>>(new Map());
  const [shared, setShared] = useState<SharedState | null>(null);
  const [search, setSearch] = useState<QuoteSearch | null>(null);
  const [progress, setProgress] = useState<BuildProgress | null>(null);
  const [results, setResults] = useState<SearchState | null>(null);
  const [hash, setHash] = useState(env.hash);
  const [revision, setRevision] = useState(0);
  const entityId = new URLSearchParams(hash).get('entity');

  useEffect(() => env.onHashChange(setHash), [env]);
  // For bench/dossier-browser.ts: Preact runs effects after the frame that painted the first view.
  useEffect(() => {
    if (view && performance.getEntriesByName('dossier-first-view-painted').length === 0) performance.mark('dossier-first-view-painted');
  }, [view]);
  useEffect(() => {
    void env.openStore().then((opened) => {
      performance.mark('dossier-store-open');
      setStore(opened);
    }, (failure: unknown) => setError(failure instanceof Error ? failure.message : String(failure)));
    void env.loadEntityLabels().then(setLabels);
  }, [env]);

  useEffect(() => {
    if (!store) return;
    let cancelled = false;
    // The first view alone first; grouping and the search index follow once it is on screen.
    void loadFirstView(store).then(async (firstView) => {
      if (cancelled) return;
      setView(firstView);
      // For bench/dossier-browser.ts: when the first view's data was there (the browser keeps such marks local).
      performance.mark('dossier-first-view');
      await env.pause();
      const [page, total] = await Promise.all([loadSharedStatements(store, null), store.sharedStatementCount()]);
      if (cancelled) return;
      setShared({ statements: page.statements, total, next: page.next });
      await env.pause();
      // The search's code (FlexSearch: a fifth of the page's script) is loaded only now, not before the first view.
      const { loadSearchInSlices } = await import('../../dossier/search/saved-search');
      if (cancelled) return;
      // The index saved at the last opening, brought up to date; built (and saved) where there is none.
      const loaded = await loadSearchInSlices(store, (next, step) => {
        if (cancelled) return;
        setSearch(next);
        setProgress(step);
      }, env.pause, () => cancelled);
      // For bench/dossier-browser.ts: the index is complete and, where it changed, saved.
      performance.mark('dossier-search-done', { detail: { source: loaded.source, saved: loaded.saved } });
    });
    return () => {
      cancelled = true;
    };
  }, [store, revision]);

  // What the reader asked last: run once the index is there (its code is loaded after the first
  // view), and again as it grows while it is built.
  const [asked, setAsked] = useState<{ query: string; filters: SearchFilters } | null>(null);
  useEffect(() => {
    if (!asked || !search || !store) return;
    const found = search.search(asked.query, asked.filters, SEARCH_HITS);
    void store.quotesWithPages(found.hits.map((hit) => hit.quoteId))
      .then((items) => setResults({ ...asked, total: found.total, items }));
  }, [asked, search, progress?.indexed]);

  const moreStatements = async () => {
    if (!store || !shared?.next) return;
    const page = await loadSharedStatements(store, shared.next);
    setShared({ ...shared, statements: [...shared.statements, ...page.statements], next: page.next });
  };

  const deletePage = async (page: PageRecord) => {
    if (!store || !env.confirm(t('dossierDeletePage', page.title ?? page.site))) return;
    await store.deletePage(page.url);
    setResults(null);
    setAsked(null);
    setRevision((n) => n + 1);
  };

  const labelOf = (id: string) => labels.get(id) ?? id;
  const speakers = useMemo(() => [...new Set((view?.latestQuotes ?? []).flatMap(({ quote }) => (quote.speaker ? [quote.speaker] : [])))].sort(), [view]);
  const sites = useMemo(() => [...new Set((view?.latestQuotes ?? []).map(({ page }) => page.site))].sort(), [view]);

  if (error !== null) return <main class="dossier"><p class="notice notice-error" role="alert">{error}</p></main>;
  if (!store || !view) return <main class="dossier" aria-busy="true" />;

  return (
    <main class="dossier">
      <header class="dossier-header">
        <h1>{t('dossierTitle')}</h1>
        <p class="muted" id="dossier-totals">{t('dossierTotals', view.totals.pages, view.totals.quotes)}</p>
        <ExchangeBar store={store} env={env} onImported={() => setRevision((n) => n + 1)} />
      </header>

      <section aria-labelledby="dossier-search-heading" data-indexed={progress?.indexed ?? 0} data-total={progress?.total ?? view.totals.quotes}>
        <h2 id="dossier-search-heading">{t('dossierSearchHeading')}</h2>
        <SearchBox entities={view.entities.map((entity) => ({ id: entity.entityId, label: labelOf(entity.entityId) }))}
          speakers={speakers} sites={sites} total={results?.total ?? null} onSearch={(query, filters) => setAsked({ query, filters })} />
        {progress && progress.indexed < progress.total && (
          <p class="muted" id="dossier-indexing" role="status">{t('dossierIndexing', progress.indexed, progress.total)}</p>
        )}
        {results && <div id="dossier-results"><QuoteList items={results.items} /></div>}
      </section>

      {entityId !== null ? (
        <EntityView store={store} entityId={entityId} label={labelOf(entityId)} overview={view.entities.find((entity) => entity.entityId === entityId) ?? null}
          revision={revision} onDeletePage={(page) => void deletePage(page)} />
      ) : (
        <section aria-labelledby="dossier-entities-heading">
          <h2 id="dossier-entities-heading">{t('dossierEntitiesHeading')}</h2>
          <ul class="dossier-entities">
            {view.entities.map((entity) => (
              <li key={entity.entityId} class="dossier-entity" data-entity={entity.entityId}>
                <h3><a href={`#entity=${encodeURIComponent(entity.entityId)}`}>{labelOf(entity.entityId)}</a></h3>
                <p class="muted">{t('dossierEntityCounts', entity.mentions, entity.pages, entity.quotesBy, entity.quotesAbout)}</p>
                <TimelineChart label={labelOf(entity.entityId)} timeline={entity.timeline} />
                <p class="dossier-legend muted" aria-hidden="true"><span class="dossier-legend-bar" /> {t('dossierLegendMentions')} <span class="dossier-legend-dot" /> {t('dossierLegendQuotes')}</p>
              </li>
            ))}
          </ul>
        </section>
      )}

      <section aria-labelledby="dossier-statements-heading" id="dossier-statements">
        <h2 id="dossier-statements-heading">{t('dossierStatementsHeading')}</h2>
        {shared !== null && (shared.total === 0 ? <p class="muted">{t('dossierStatementsNone')}</p> : (
          <>
            <p class="muted" id="dossier-statements-count">{t('dossierStatementsCount', shared.total)}</p>
            {shared.statements.map((statement) => <StatementGroupView key={statement.id} group={statement.group} />)}
            {shared.next !== null && <button type="button" id="dossier-statements-more" onClick={() => void moreStatements()}>{t('dossierStatementsMore')}</button>}
          </>
        ))}
      </section>

      <section aria-labelledby="dossier-latest-heading">
        <h2 id="dossier-latest-heading">{t('dossierLatestHeading')}</h2>
        <QuoteList items={view.latestQuotes} onDeletePage={(page) => void deletePage(page)} />
      </section>
    </main>
  );
}
