/**
 * The dossier at one entity: its timeline, the quotes by it and about it (newest first), and the
 * statements of those quotes that other sources quote too, across the whole record.
 */
import { useEffect, useState } from 'preact/hooks';
import type { EntityOverview } from '../../dossier/first-view';
import { sharedStatementsAmong, type SharedStatement } from '../../dossier/shared-statements';
import type { DossierStore } from '../../dossier/store/dossier-store';
import type { PageRecord } from '../../dossier/types';
import { t } from '../../i18n/strings';
import { QuoteList, type DossierQuote } from './quote-list';
import { StatementGroupView } from './statement-group';
import { TimelineChart } from './timeline-chart';

/** Quotes by and about an entity shown at most: the newest. */
const ENTITY_QUOTES = 200;

interface Props {
  store: DossierStore;
  entityId: string;
  label: string;
  overview: EntityOverview | null;
  revision: number;
  onDeletePage: (page: PageRecord) => void;
}

export function EntityView({ store, entityId, label, overview, revision, onDeletePage }: Props) {
  const [quotes, setQuotes] = useState<{ by: DossierQuote[]; about: DossierQuote[] } | null>(null);
  const [statements, setStatements] = useState<SharedStatement[]>([]);
  useEffect(() => {
    let cancelled = false;
    void store.entityQuotes(entityId, ENTITY_QUOTES).then(async ({ by, about }) => {
      const [byItems, aboutItems] = await Promise.all([store.quotesWithPages(by.map((q) => q.id!)), store.quotesWithPages(about.map((q) => q.id!))]);
      if (cancelled) return;
      setQuotes({ by: byItems, about: aboutItems });
      // Grouped when recorded: its quotes' statements hold every source in the record, however old.
      const shared = await sharedStatementsAmong(store, [...by, ...about]);
      if (!cancelled) setStatements(shared);
    });
    return () => {
      cancelled = true;
    };
  }, [store, entityId, revision]);
  return (
    <section aria-labelledby="dossier-entity-heading" class="dossier-entity-view" data-entity={entityId}>
      <p><a href="#">{t('dossierAllEntities')}</a></p>
      <h2 id="dossier-entity-heading">{label}</h2>
      {overview && (
        <>
          <p class="muted">{t('dossierEntityCounts', overview.mentions, overview.pages, overview.quotesBy, overview.quotesAbout)}</p>
          <TimelineChart label={label} timeline={overview.timeline} />
        </>
      )}
      <div id="dossier-entity-statements">
        {statements.map((statement) => <StatementGroupView key={statement.id} group={statement.group} />)}
      </div>
      <h3>{t('dossierQuotesBy', label)}</h3>
      <div id="dossier-quotes-by"><QuoteList items={quotes?.by ?? []} onDeletePage={onDeletePage} /></div>
      <h3>{t('dossierQuotesAbout', label)}</h3>
      <div id="dossier-quotes-about"><QuoteList items={quotes?.about ?? []} onDeletePage={onDeletePage} /></div>
    </section>
  );
}
