/**
 * Keeps the entity rows (schema.ts, EntityRow) in step with the pages: a page's counts are added
 * when it is written and taken away when it is replaced or deleted, inside the caller's transaction.
 */
import type { Table } from 'dexie';
import { dayOf, quoteDate } from '../quote-date';
import type { EntityRow, PageRow } from './schema';

type Counts = [mentions: number, quotesBy: number, quotesAbout: number];

function countsOf(page: PageRow): Map<string, Counts> {
  const counts = new Map<string, Counts>();
  const of = (id: string) => {
    let entry = counts.get(id);
    if (!entry) counts.set(id, (entry = [0, 0, 0]));
    return entry;
  };
  for (const [id, count] of Object.entries(page.mentionCounts)) of(id)[0] += count;
  for (const [id, count] of Object.entries(page.quotesBy)) of(id)[1] += count;
  for (const [id, count] of Object.entries(page.quotesAbout)) of(id)[2] += count;
  return counts;
}

/** Adds (sign 1) or takes away (sign -1) the pages' counts. */
export async function applyToEntities(table: Table<EntityRow, string>, pages: readonly PageRow[], sign: 1 | -1): Promise<void> {
  const changes = new Map<string, { page: PageRow; counts: Counts }[]>();
  for (const page of pages) {
    for (const [id, counts] of countsOf(page)) {
      const list = changes.get(id) ?? [];
      list.push({ page, counts });
      changes.set(id, list);
    }
  }
  if (changes.size === 0) return;
  const ids = [...changes.keys()];
  const rows = await table.bulkGet(ids);
  const put: EntityRow[] = [];
  const remove: string[] = [];
  ids.forEach((entityId, i) => {
    const row: EntityRow = rows[i] ?? { entityId, mentions: 0, pages: 0, quotesBy: 0, quotesAbout: 0, days: {} };
    for (const { page, counts } of changes.get(entityId)!) {
      row.mentions += sign * counts[0];
      if (counts[0] > 0) row.pages += sign;
      row.quotesBy += sign * counts[1];
      row.quotesAbout += sign * counts[2];
      const day = dayOf(quoteDate(page));
      const entry = row.days[day] ?? [0, 0, 0];
      const next: Counts = [entry[0] + sign * counts[0], entry[1] + sign * counts[1], entry[2] + sign * counts[2]];
      if (next.every((value) => value === 0)) delete row.days[day];
      else row.days[day] = next;
    }
    if (row.pages === 0 && row.quotesBy === 0 && row.quotesAbout === 0) remove.push(entityId);
    else put.push(row);
  });
  await table.bulkPut(put);
  await table.bulkDelete(remove);
}
