/** The search box with its filters; it reports each change and shows how many quotes were found. */
import { useState } from 'preact/hooks';
import type { SearchFilters } from '../../dossier/search/quote-search';
import { t } from '../../i18n/strings';

interface Props {
  entities: readonly { id: string; label: string }[];
  speakers: readonly string[];
  sites: readonly string[];
  /** Quotes found for the current query and filters; null before the first search. */
  total: number | null;
  onSearch: (query: string, filters: SearchFilters) => void;
}

const DAY_MS = 86_400_000;

export function SearchBox({ entities, speakers, sites, total, onSearch }: Props) {
  const [query, setQuery] = useState('');
  const [filters, setFilters] = useState<SearchFilters>({});
  const change = (nextQuery: string, nextFilters: SearchFilters) => {
    setQuery(nextQuery);
    setFilters(nextFilters);
    onSearch(nextQuery, nextFilters);
  };
  const valueOf = (event: Event) => (event.currentTarget as HTMLInputElement | HTMLSelectElement).value;
  const setFilter = (name: 'entityId' | 'speaker' | 'site', value: string) => change(query, { ...filters, [name]: value || undefined });
  const setDate = (name: 'from' | 'to', value: string) => {
    // A date input gives a day; "to" includes the whole of that day.
    const time = value ? Date.parse(value) + (name === 'to' ? DAY_MS - 1 : 0) : NaN;
    change(query, { ...filters, [name]: Number.isNaN(time) ? undefined : time });
  };
  return (
    <form class="dossier-search" role="search" onSubmit={(event) => event.preventDefault()}>
      <label class="dossier-search-query">
        {t('dossierSearchLabel')}
        <input type="search" value={query} onInput={(event) => change(valueOf(event), filters)} />
      </label>
      <Choice label={t('dossierFilterEntity')} value={filters.entityId} options={entities.map((e) => [e.id, e.label])} onChange={(value) => setFilter('entityId', value)} />
      <Choice label={t('dossierFilterSpeaker')} value={filters.speaker} options={speakers.map((s) => [s, s])} onChange={(value) => setFilter('speaker', value)} />
      <Choice label={t('dossierFilterSite')} value={filters.site} options={sites.map((s) => [s, s])} onChange={(value) => setFilter('site', value)} />
      <label>
        {t('dossierFilterFrom')}
        <input type="date" name="from" onChange={(event) => setDate('from', valueOf(event))} />
      </label>
      <label>
        {t('dossierFilterTo')}
        <input type="date" name="to" onChange={(event) => setDate('to', valueOf(event))} />
      </label>
      <output class="dossier-result-count" aria-live="polite">{total === null ? '' : t('dossierResultCount', total)}</output>
    </form>
  );
}

function Choice({ label, value, options, onChange }: { label: string; value: string | undefined; options: [string, string][]; onChange: (value: string) => void }) {
  return (
    <label>
      {label}
      <select value={value ?? ''} onChange={(event) => onChange((event.currentTarget as HTMLSelectElement).value)}>
        <option value="">{t('dossierFilterAny')}</option>
        {options.map(([optionValue, text]) => <option key={optionValue} value={optionValue}>{text}</option>)}
      </select>
    </label>
  );
}
