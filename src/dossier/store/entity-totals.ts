/**
 * Keeps the entity rows and their timelines (schema.ts: EntityRow, EntityMonthRow) in step with the
 * pages: a page's counts are added when it is written and taken away when it is replaced or
 * deleted, inside the caller's transaction. Rows are small, so a write touches a few of them.
 */
import type { Table } from 'dexie';
import { dayOf, quoteDate } from '../quote-date';
import type { DayCounts, EntityMonthRow, EntityRow, PageRow } from './schema';

interface Counts {
  mentions: number;
  pages: number;
  quotesBy: number;
  quotesAbout: number;
}

const zero = (): Counts => ({ mentions: 0, pages: 0, quotesBy: 0, quotesAbout: 0 });

function add(into: Counts, from: Counts, sign: 1 | -1): void {
  into.mentions += sign * from.mentions;
  into.pages += sign * from.pages;
  into.quotesBy += sign * from.quotesBy;
  into.quotesAbout += sign * from.quotesAbout;
}

function isEmpty(counts: Counts): boolean {
  return counts.mentions === 0 && counts.pages === 0 && counts.quotesBy === 0 && counts.quotesAbout === 0;
}

function countsOf(page: PageRow): Map<string, Counts> {
  const counts = new Map<string, Counts>();
  const of = (id: string) => {
    let entry = counts.get(id);
    if (!entry) counts.set(id, (entry = zero()));
    return entry;
  };
  for (const [id, count] of Object.entries(page.mentionCounts)) {
    of(id).mentions += count;
    if (count > 0) of(id).pages += 1;
  }
  for (const [id, count] of Object.entries(page.quotesBy)) of(id).quotesBy += count;
  for (const [id, count] of Object.entries(page.quotesAbout)) of(id).quotesAbout += count;
  return counts;
}

/** Adds (sign 1) or takes away (sign -1) the pages' counts, totals and timelines alike. */
export async function applyToEntities(
  entities: Table<EntityRow, string>,
  entityMonths: Table<EntityMonthRow, [string, string]>,
  pages: readonly PageRow[],
  sign: 1 | -1,
): Promise<void> {
  const byEntity = new Map<string, Counts>();
  const byMonth = new Map<string, { entityId: string; month: string; days: Map<string, Counts> }>();
  for (const page of pages) {
    const day = dayOf(quoteDate(page));
    for (const [entityId, counts] of countsOf(page)) {
      if (!byEntity.has(entityId)) byEntity.set(entityId, zero());
      add(byEntity.get(entityId)!, counts, 1);
      const key = `${entityId}\u0000${day.slice(0, 7)}`;
      if (!byMonth.has(key)) byMonth.set(key, { entityId, month: day.slice(0, 7), days: new Map() });
      const days = byMonth.get(key)!.days;
      if (!days.has(day)) days.set(day, zero());
      add(days.get(day)!, counts, 1);
    }
  }
  if (byEntity.size === 0) return;

  const entityIds = [...byEntity.keys()];
  const entityRows = await entities.bulkGet(entityIds);
  const putEntities: EntityRow[] = [];
  const removeEntities: string[] = [];
  entityIds.forEach((entityId, i) => {
    const row: EntityRow = entityRows[i] ?? { entityId, ...zero() };
    add(row, byEntity.get(entityId)!, sign);
    if (isEmpty(row)) removeEntities.push(entityId);
    else putEntities.push(row);
  });

  const months = [...byMonth.values()];
  const monthRows = await entityMonths.bulkGet(months.map(({ entityId, month }) => [entityId, month] as [string, string]));
  const putMonths: EntityMonthRow[] = [];
  const removeMonths: [string, string][] = [];
  months.forEach(({ entityId, month, days }, i) => {
    const row: EntityMonthRow = monthRows[i] ?? { entityId, month, days: {} };
    for (const [day, counts] of days) {
      const [mentions, quotesBy, quotesAbout] = row.days[day] ?? [0, 0, 0];
      const next: DayCounts = [mentions + sign * counts.mentions, quotesBy + sign * counts.quotesBy, quotesAbout + sign * counts.quotesAbout];
      if (next[0] === 0 && next[1] === 0 && next[2] === 0) delete row.days[day];
      else row.days[day] = next;
    }
    if (Object.keys(row.days).length === 0) removeMonths.push([entityId, month]);
    else putMonths.push(row);
  });

  await entities.bulkPut(putEntities);
  await entities.bulkDelete(removeEntities);
  await entityMonths.bulkPut(putMonths);
  await entityMonths.bulkDelete(removeMonths);
}
