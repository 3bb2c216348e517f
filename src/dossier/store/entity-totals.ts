/**
 * Keeps the entity rows and their timelines (schema.ts: EntityRow, EntityDayRow) in step with the
 * pages: a page's counts are added when it is written and taken away when it is replaced or
 * deleted, inside the caller's transaction. Rows are small, so a write touches a few of them.
 */
import type { Table } from 'dexie';
import { dayOf, quoteDate } from '../quote-date';
import type { EntityDayRow, EntityRow, PageRow } from './schema';

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

/** Adds (sign 1) or takes away (sign -1) the pages' counts. */
export async function applyToEntities(
  entities: Table<EntityRow, string>,
  entityDays: Table<EntityDayRow, [string, string]>,
  pages: readonly PageRow[],
  sign: 1 | -1,
): Promise<void> {
  const byEntity = new Map<string, Counts>();
  const byDay = new Map<string, { entityId: string; day: string; counts: Counts }>();
  for (const page of pages) {
    const day = dayOf(quoteDate(page));
    for (const [entityId, counts] of countsOf(page)) {
      if (!byEntity.has(entityId)) byEntity.set(entityId, zero());
      add(byEntity.get(entityId)!, counts, 1);
      const key = `${entityId}\u0000${day}`;
      if (!byDay.has(key)) byDay.set(key, { entityId, day, counts: zero() });
      add(byDay.get(key)!.counts, counts, 1);
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

  const days = [...byDay.values()];
  const dayRows = await entityDays.bulkGet(days.map(({ entityId, day }) => [entityId, day] as [string, string]));
  const putDays: EntityDayRow[] = [];
  const removeDays: [string, string][] = [];
  days.forEach(({ entityId, day, counts }, i) => {
    const row: EntityDayRow = dayRows[i] ?? { entityId, day, ...zero() };
    add(row as EntityDayRow & Counts, counts, sign);
    const { mentions, quotesBy, quotesAbout } = row;
    if (mentions === 0 && quotesBy === 0 && quotesAbout === 0) removeDays.push([entityId, day]);
    else putDays.push({ entityId, day, mentions, quotesBy, quotesAbout });
  });

  await entities.bulkPut(putEntities);
  await entities.bulkDelete(removeEntities);
  await entityDays.bulkPut(putDays);
  await entityDays.bulkDelete(removeDays);
}
