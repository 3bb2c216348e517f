/**
 * The statements the store groups at record time (schema v5), against groupStatements in memory on
 * the same quotes in the order recorded; kept consistent through revisits, deletes, prunes,
 * imports and the upgrade of a v4 record.
 */
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { groupStatements } from '../../../src/dossier/grouping/group-statements';
import { loadSharedStatements, sharedStatementsAmong } from '../../../src/dossier/shared-statements';
import type { DossierStore } from '../../../src/dossier/store/dossier-store';
import { DOSSIER_SCHEMA, type QuoteRow } from '../../../src/dossier/store/schema';
import { STORED_GROUPING_RULES } from '../../../src/dossier/store/stored-grouping';
import type { PageVisit } from '../../../src/dossier/types';
import { syntheticDossier } from '../../../bench/dossier-synthetic';
import { DAY, freshIndexedDb, openStore, T0, visit } from './test-store';

const SAID = 'We will not send troops across the river before the talks in spring have ended';
const CHANGED = 'We will not send soldiers across the river before the talks in spring have ended';

/** Quote ids grouped together, as the store has them and as groupStatements has them for the same quotes in id order. */
async function partitions(store: DossierStore): Promise<{ stored: number[][]; inMemory: number[][] }> {
  const quotes = (await store.allQuotes()).sort((a, b) => a.id! - b.id!);
  const byStatement = new Map<number, number[]>();
  for (const quote of quotes) {
    expect(quote.statementId, `quote ${quote.id} is grouped`).toBeTypeOf('number');
    byStatement.set(quote.statementId!, [...(byStatement.get(quote.statementId!) ?? []), quote.id!]);
  }
  const inMemory = groupStatements(quotes.map((quote) => ({ text: quote.text, speaker: quote.speaker, speakerEntityId: quote.speakerEntityId, source: quote.id! })));
  const order = (groups: number[][]) => groups.map((ids) => [...ids].sort((a, b) => a - b)).sort((a, b) => a[0]! - b[0]!);
  return { stored: order([...byStatement.values()]), inMemory: order(inMemory.map((group) => group.sources.map((source) => source.source))) };
}

/** Every row of the grouping agrees with the quotes: counts, newest visits, the shared index, postings. */
async function expectConsistent(store: DossierStore): Promise<void> {
  const [quotes, wordings, statements, postings] = await Promise.all([
    store.allQuotes(), store.db.wordings.toArray(), store.db.statements.toArray(), store.db.postings.toArray(),
  ]);
  const quotesOf = (field: 'statementId' | 'wordingId') => {
    const found = new Map<number, QuoteRow[]>();
    for (const quote of quotes) found.set(quote[field]!, [...(found.get(quote[field]!) ?? []), quote]);
    return found;
  };
  const byStatement = quotesOf('statementId');
  const byWording = quotesOf('wordingId');
  const statementIds = new Set(statements.map((row) => row.id));
  const wordingIds = new Set(wordings.map((row) => row.id));
  for (const statement of statements) {
    const own = byStatement.get(statement.id) ?? [];
    expect(own.length, `statement ${statement.id}`).toBe(statement.quotes);
    expect(statement.quotes).toBeGreaterThan(0);
    expect(statement.newestAt).toBe(Math.max(...own.map((quote) => quote.visitedAt)));
    expect(statement.sharedAt).toBe(statement.quotes >= 2 ? statement.newestAt : undefined);
  }
  for (const wording of wordings) {
    expect(byWording.get(wording.id)?.length ?? 0, `wording ${wording.id}`).toBe(wording.quotes);
    expect(statementIds.has(wording.statementId)).toBe(true);
  }
  for (const quote of quotes) expect(wordingIds.has(quote.wordingId!) && statementIds.has(quote.statementId!)).toBe(true);
  const listed = new Set<string>();
  const common = new Set<number>();
  for (const posting of postings) {
    expect(posting.common || posting.wordingIds.length > 0).toBeTruthy();
    if (posting.common) common.add(posting.fingerprint);
    for (const id of posting.wordingIds) {
      expect(wordingIds.has(id), `posting ${posting.fingerprint} lists wording ${id}`).toBe(true);
      listed.add(`${posting.fingerprint}:${id}`);
    }
  }
  for (const wording of wordings) {
    for (const fingerprint of wording.fingerprints) if (!common.has(fingerprint)) expect(listed.has(`${fingerprint}:${wording.id}`)).toBe(true);
  }
}

function threeOutlets(): PageVisit[] {
  return [
    visit('https://harbour.example/a', T0, [{ text: SAID, speaker: 'Ivo Marten', speakerEntityId: 'marten' }, { text: 'Nothing else was said today' }]),
    visit('https://ledger.example/b', T0 + DAY, [{ text: CHANGED, speaker: 'Ivo Marten', speakerEntityId: 'marten' }]),
    visit('https://courier.example/c', T0 + 2 * DAY, [{ text: `“${SAID}.”`, speaker: 'Ana Ruiz', speakerEntityId: null }]),
  ];
}

const READ_ALL_ABOVE = STORED_GROUPING_RULES.readAllAbove;
afterEach(() => {
  STORED_GROUPING_RULES.readAllAbove = READ_ALL_ABOVE;
});

describe('grouping at record time', () => {
  it('groups each recorded page against the whole record as groupStatements does in memory, in the order recorded', async () => {
    const store = await openStore();
    const { visits } = syntheticDossier({ pages: 120, quotesPerPage: 10, seed: 11 });
    for (const page of visits) await store.recordVisit(page);
    const { stored, inMemory } = await partitions(store);
    expect(stored).toEqual(inMemory);
    // The record re-quotes a quarter of its quotes: there are shared statements to compare.
    expect(stored.filter((ids) => ids.length > 1).length).toBeGreaterThan(20);
    await expectConsistent(store);
  }, 60_000);

  it('an import large enough to read every wording once groups as groupStatements does', async () => {
    // A lower threshold than the extension's, so a small record takes the path of a large import.
    STORED_GROUPING_RULES.readAllAbove = 300;
    const { visits } = syntheticDossier({ pages: 120, quotesPerPage: 10, seed: 12 });
    const imported = await openStore();
    // A small import first (read per page), then a large one (every wording read once) on top of it.
    await imported.mergeVisits(visits.slice(0, 20));
    await imported.mergeVisits(visits.slice(20));
    // Import skips a page's repeated quote (same words, same speaker), which recording keeps: compared with groupStatements over its own quotes.
    const { stored, inMemory } = await partitions(imported);
    expect(stored).toEqual(inMemory);
    await expectConsistent(imported);
  }, 60_000);

  it('lists the shared statements over the whole record, newest first, a page at a time, each with its sources, diff and speakers', async () => {
    const store = await openStore();
    for (const page of threeOutlets()) await store.recordVisit(page);
    // Twenty more shared statements, recorded later: the first statement is now on the second page of the list.
    for (let i = 0; i < 20; i++) {
      // Words of its own, so the twenty are twenty statements.
      const text = Array.from({ length: 8 }, (_, w) => `w${i}x${w}`).join(' ');
      await store.recordVisit(visit(`https://one.example/${i}`, T0 + (10 + i) * DAY, [{ text }]));
      await store.recordVisit(visit(`https://two.example/${i}`, T0 + (10 + i) * DAY, [{ text: text.toUpperCase() }]));
    }
    expect(await store.sharedStatementCount()).toBe(21);
    const first = await loadSharedStatements(store, null, 20);
    expect(first.statements.map((statement) => statement.group.text)[0]).toBe('w19x0 w19x1 w19x2 w19x3 w19x4 w19x5 w19x6 w19x7');
    expect(first.next).not.toBeNull();
    const second = await loadSharedStatements(store, first.next, 20);
    expect(second.next).toBeNull();
    expect(second.statements).toHaveLength(1);
    const [{ group }] = second.statements as [(typeof second.statements)[number]];
    expect(group.sources.map((source) => source.source.site)).toEqual(['example.org', 'example.org', 'example.org']);
    expect(group.sources.map((source) => source.text)).toEqual([SAID, CHANGED, `“${SAID}.”`]);
    expect(group.wordingDiffers).toBe(true);
    expect(group.diffs[0]!.parts).toContainEqual({ kind: 'added', text: 'soldiers' });
    expect(group.attributionDiffers).toBe(true);
    expect(group.speakers.map((speaker) => speaker.name)).toEqual(['Ivo Marten', 'Ana Ruiz']);
  }, 30_000);

  it('finds an entity\'s shared statements through its quotes, whatever their age', async () => {
    const store = await openStore();
    for (const page of threeOutlets()) await store.recordVisit(page);
    const { by } = await store.entityQuotes('marten', 10);
    const statements = await sharedStatementsAmong(store, by);
    expect(statements).toHaveLength(1);
    expect(statements[0]!.group.sources).toHaveLength(3);
  });

  it('a deleted page leaves its statements: "attribution differs" goes with the source that named another speaker, a statement of one source leaves the list', async () => {
    const store = await openStore();
    for (const page of threeOutlets()) await store.recordVisit(page);
    await store.deletePage('https://courier.example/c');
    await expectConsistent(store);
    let [statement] = (await loadSharedStatements(store, null)).statements;
    expect(statement!.group.sources).toHaveLength(2);
    expect(statement!.group.attributionDiffers).toBe(false);
    expect(statement!.group.wordingDiffers).toBe(true);
    await store.deletePage('https://ledger.example/b');
    await expectConsistent(store);
    expect((await loadSharedStatements(store, null)).statements).toEqual([]);
    // The wording left is still found: a new page quoting it joins its statement.
    await store.recordVisit(visit('https://ledger.example/d', T0 + 5 * DAY, [{ text: CHANGED, speaker: 'Ivo Marten' }]));
    [statement] = (await loadSharedStatements(store, null)).statements;
    expect(statement!.group.sources.map((source) => source.source.url)).toEqual(['https://harbour.example/a', 'https://ledger.example/d']);
    await expectConsistent(store);
  });

  it('a deleted page that alone joined two wordings splits their statement: neither claims the other\'s source', async () => {
    const FULL = 'The harbour will stay closed to freight until the new cranes arrive from the northern yards next spring';
    const START = 'The harbour will stay closed to freight until the new';
    const END = 'cranes arrive from the northern yards next spring';
    const store = await openStore();
    await store.recordVisit(visit('https://one.example/start', T0, [{ text: START }]));
    await store.recordVisit(visit('https://two.example/full', T0 + DAY, [{ text: FULL }]));
    await store.recordVisit(visit('https://three.example/end', T0 + 2 * DAY, [{ text: END, speaker: 'Ana Ruiz', speakerEntityId: null }]));
    // The full quote holds both halves, which share no word: one statement of three sources, through it.
    expect((await loadSharedStatements(store, null)).statements.map((statement) => statement.group.sources.length)).toEqual([3]);
    await store.deletePage('https://two.example/full');
    await expectConsistent(store);
    expect((await loadSharedStatements(store, null)).statements).toEqual([]);
    expect(await store.sharedStatementCount()).toBe(0);
    const quotes = await store.allQuotes();
    expect(new Set(quotes.map((quote) => quote.statementId)).size).toBe(2);
    // As groupStatements has the quotes left, in the order recorded.
    const { stored, inMemory } = await partitions(store);
    expect(stored).toEqual(inMemory);
    // Each half is found again on its own: a new page quoting the end joins the end's statement only.
    await store.recordVisit(visit('https://four.example/end', T0 + 3 * DAY, [{ text: `“${END}.”` }]));
    const [statement] = (await loadSharedStatements(store, null)).statements;
    expect(statement!.group.sources.map((source) => source.source.url)).toEqual(['https://three.example/end', 'https://four.example/end']);
    await expectConsistent(store);
  });

  it('a deleted page whose wordings are joined by others too leaves its statement whole', async () => {
    const store = await openStore();
    for (const page of threeOutlets()) await store.recordVisit(page);
    // The changed wording (ledger) and the first (harbour, quoted again by courier) stay one statement without the courier.
    await store.deletePage('https://courier.example/c');
    const [statement] = (await loadSharedStatements(store, null)).statements;
    expect(statement!.group.sources.map((source) => source.text)).toEqual([SAID, CHANGED]);
    await expectConsistent(store);
  });

  it('prunes, revisits and clears without leaving a statement, wording or posting behind', async () => {
    const store = await openStore();
    const { visits } = syntheticDossier({ pages: 100, quotesPerPage: 10, seed: 13 });
    for (const page of visits) await store.recordVisit(page);
    // A revisit writes the page's quotes anew: some of its statements lose a source, others gain one.
    const revisited = visits[30]!;
    await store.recordVisit({ page: { ...revisited.page, lastVisit: revisited.page.lastVisit + 400 * DAY }, quotes: visits[60]!.quotes.map((quote) => ({ ...quote, pageUrl: revisited.page.url })) });
    await expectConsistent(store);
    const cutoff = (await store.allPages()).map((page) => page.lastVisit).sort((a, b) => a - b)[60]!;
    expect(await store.prune(0, cutoff)).toBeGreaterThan(40);
    await expectConsistent(store);
    const newest = await store.sharedStatements(null, 1);
    expect(newest[0]?.sharedAt).toBe(revisited.page.lastVisit + 400 * DAY);
    await store.clear();
    expect(await Promise.all([store.db.wordings.count(), store.db.statements.count(), store.db.postings.count()])).toEqual([0, 0, 0]);
  }, 60_000);

  it('importing a record into itself adds no statement; into an empty record it groups the same', async () => {
    const store = await openStore();
    for (const page of threeOutlets()) await store.recordVisit(page);
    const exported = await store.visits();
    const before = await Promise.all([store.db.statements.toArray(), store.db.wordings.toArray()]);
    expect(await store.mergeVisits(exported)).toMatchObject({ quotesAdded: 0, pagesMerged: 3 });
    expect(await Promise.all([store.db.statements.toArray(), store.db.wordings.toArray()])).toEqual(before);
    const empty = await openStore();
    await empty.mergeVisits(exported);
    expect((await partitions(empty)).stored).toEqual((await partitions(store)).stored);
    // A merge that brings a later visit of a page makes its statements that new.
    await store.mergeVisits([{ ...exported[0]!, page: { ...exported[0]!.page, lastVisit: T0 + 9 * DAY } }]);
    expect((await store.sharedStatements(null, 1))[0]!.newestAt).toBe(T0 + 9 * DAY);
    await expectConsistent(store);
  });
});

describe('v4 → v5', () => {
  it('groups the quotes of a v4 record in the order they were recorded', async () => {
    // The rows as today's code writes them, less the grouping, stored in a v4 database.
    const source = await openStore();
    const { visits } = syntheticDossier({ pages: 80, quotesPerPage: 10, seed: 14 });
    for (const page of [...threeOutlets(), ...visits]) await source.recordVisit(page);
    const indexedDb = freshIndexedDb();
    const v4 = new Dexie('dossier-test', indexedDb);
    for (const step of DOSSIER_SCHEMA.filter((step) => step.version <= 4)) v4.version(step.version).stores(step.stores);
    await v4.open();
    await v4.table('pages').bulkPut(await source.allPages());
    await v4.table('quotes').bulkPut((await source.allQuotes()).map(({ statementId: _s, wordingId: _w, ...row }) => row));
    await v4.table('meta').bulkPut(await source.db.meta.toArray());
    v4.close();

    const upgraded = await openStore(indexedDb);
    expect(upgraded.db.verno).toBe(DOSSIER_SCHEMA.at(-1)!.version);
    const { stored, inMemory } = await partitions(upgraded);
    expect(stored).toEqual(inMemory);
    expect(stored).toEqual((await partitions(source)).stored);
    await expectConsistent(upgraded);
    // Recording goes on from the upgraded rows.
    await upgraded.recordVisit(visit('https://late.example/e', T0 + 30 * DAY, [{ text: SAID, speaker: 'Ivo Marten' }]));
    const shared = (await loadSharedStatements(upgraded, null, 1)).statements[0]!;
    expect(shared.group.sources.map((source) => source.source.url)).toContain('https://late.example/e');
    expect(shared.group.sources).toHaveLength(4);
  }, 60_000);
});
