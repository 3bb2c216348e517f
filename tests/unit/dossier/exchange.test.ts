import { describe, expect, it } from 'vitest';
import { toCsv } from '../../../src/dossier/exchange/csv-format';
import { exportDossierJson, importDossierJson } from '../../../src/dossier/exchange/import-export';
import { DossierImportError, parseDossierJson } from '../../../src/dossier/exchange/json-format';
import { toMarkdown } from '../../../src/dossier/exchange/markdown-format';
import { DAY, openStore, T0, visit } from './test-store';

const SAMPLE = [
  visit('https://a.example/1', T0, [
    { text: 'We are watching, "very" closely', speaker: 'John Kirby' },
    { text: 'Мы всё ещё ждём ответа', speaker: 'Дмитрий Иванов', speakerEntityId: null, sentence: 'Он сказал:\n«Мы всё ещё ждём ответа».' },
  ]),
  visit('https://b.example/2', T0 + DAY, [{ text: '=SUM(A1:A9) is not a formula here', speaker: null, speakerEntityId: null }], 'b.example'),
];

/** RFC 4180, read back: the test's own small reader, to check what a spreadsheet would see. */
function readCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      row.push(field);
      field = '';
    } else if (char === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += char;
  }
  return rows;
}

describe('JSON export and import', () => {
  it('round-trips: export, clear all, import gives the same record', async () => {
    const store = await openStore();
    for (const sample of SAMPLE) await store.recordVisit(sample);
    const before = await store.visits();
    const json = await exportDossierJson(store, new Date(T0));
    await store.clear();
    const report = await importDossierJson(store, json);
    expect(report).toEqual({ pagesAdded: 2, pagesMerged: 0, quotesAdded: 3, quotesSkipped: 0, rejected: [] });
    expect(await store.visits()).toEqual(before);
    expect(await exportDossierJson(store, new Date(T0))).toBe(json);
  });

  it('merges without duplicates and says what it added and skipped', async () => {
    const store = await openStore();
    await store.recordVisit(SAMPLE[0]!);
    const other = await openStore();
    await other.recordVisit(visit('https://a.example/1', T0 + 5 * DAY, [
      { text: 'We are watching “very” closely!', speaker: 'John Kirby' },
      { text: 'A new quote', speaker: 'John Kirby' },
    ]));
    await other.recordVisit(SAMPLE[1]!);
    const report = await importDossierJson(store, await exportDossierJson(other, new Date(T0)));
    expect(report).toEqual({ pagesAdded: 1, pagesMerged: 1, quotesAdded: 2, quotesSkipped: 1, rejected: [] });
    expect(await store.page('https://a.example/1')).toMatchObject({ firstVisit: T0, lastVisit: T0 + 5 * DAY });
    expect((await store.quotesOf('https://a.example/1')).map((q) => q.text).sort()).toEqual(
      ['A new quote', 'Мы всё ещё ждём ответа', 'We are watching, "very" closely'].sort(),
    );
    // Importing the same file again adds nothing.
    const again = await importDossierJson(store, await exportDossierJson(other, new Date(T0)));
    expect(again).toMatchObject({ pagesAdded: 0, quotesAdded: 0, quotesSkipped: 3 });
    expect(await store.estimate()).toMatchObject({ pages: 2, quotes: 4 });
  });

  it('skips a bad page with its reason and imports the rest', async () => {
    const store = await openStore();
    const json = JSON.parse(await exportDossierJson(await (async () => {
      const source = await openStore();
      for (const sample of SAMPLE) await source.recordVisit(sample);
      return source;
    })(), new Date(T0)));
    json.pages[0].quotes[1].confidence = 'high';
    const report = await importDossierJson(store, JSON.stringify(json));
    expect(report.rejected).toEqual([{ index: 0, reason: 'quote 2: "confidence" is missing or invalid' }]);
    expect(report.pagesAdded).toBe(1);
  });

  it.each([
    ['broken JSON', '{"format": "dossier-record", "pages": [', /not valid JSON/],
    ['another file', '{"entities": []}', /not a dossier export/],
    ['a newer export', '{"format": "dossier-record", "version": 99, "pages": []}', /version 99/],
  ])('refuses %s with a clear message and loses nothing', async (_case, text, message) => {
    const store = await openStore();
    await store.recordVisit(SAMPLE[0]!);
    const before = await store.visits();
    await expect(importDossierJson(store, text)).rejects.toThrow(DossierImportError);
    await expect(importDossierJson(store, text)).rejects.toThrow(message);
    expect(await store.visits()).toEqual(before);
  });

  it('refuses a file over the size limit before reading it', () => {
    expect(() => parseDossierJson('x'.repeat(3 * 1024 * 1024), 2 * 1024 * 1024)).toThrow(/3 MB; the largest dossier that can be imported is 2 MB/);
  });
});

describe('CSV export', () => {
  const csv = toCsv(SAMPLE);

  it('is UTF-8 with a byte-order mark and CRLF line ends, one row per quote and source', () => {
    expect(csv.startsWith('\uFEFFquote,speaker,')).toBe(true);
    const rows = readCsv(csv.slice(1));
    expect(rows).toHaveLength(1 + 3);
    expect(rows.every((row) => row.length === rows[0]!.length)).toBe(true);
    expect(csv.replace(/\r\n/g, '').includes('\r')).toBe(false);
  });

  it('quotes fields with commas, quotes and line breaks, and they read back exactly', () => {
    const rows = readCsv(csv.slice(1));
    const column = (name: string) => rows[0]!.indexOf(name);
    expect(rows[1]![column('quote')]).toBe('We are watching, "very" closely');
    expect(csv).toContain('"We are watching, ""very"" closely"');
    expect(rows[2]![column('quote')]).toBe('Мы всё ещё ждём ответа');
    expect(rows[2]![column('sentence')]).toBe('Он сказал:\n«Мы всё ещё ждём ответа».');
    expect(rows[2]![column('url')]).toBe('https://a.example/1');
    expect(rows[2]![column('first_visit')]).toBe('2026-11-02');
    expect(rows[1]![column('link_to_quote')]).toBe('https://a.example/1#:~:text=We%20are%20watching%2C%20%22very%22%20closely');
  });

  it('keeps a cell that looks like a formula as text', () => {
    const rows = readCsv(csv.slice(1));
    expect(rows[3]![0]).toBe("'=SUM(A1:A9) is not a formula here");
    expect(rows[3]![1]).toBe('');
  });
});

describe('Markdown export', () => {
  it('lists each speaker\'s quotes with their citation, markup escaped', () => {
    const markdown = toMarkdown([visit('https://a.example/(1)', T0, [{ text: 'Use *all* [means]', speaker: 'John Kirby' }])]);
    expect(markdown).toContain('## John Kirby');
    expect(markdown).toContain('> “Use \\*all\\* \\[means\\]”');
    expect(markdown).toContain('> — John Kirby, example.org: [Title of https://a.example/(1)](https://a.example/%281%29#:~:text=Use%20*all*%20%5Bmeans%5D), 2026-11-02');
  });
});
