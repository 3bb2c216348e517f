import { describe, expect, it } from 'vitest';
import type { Entity } from '../../../src/catalog/entity';
import { SYNC_QUOTA_BYTES_PER_ITEM, syncItemBytes } from '../../../src/settings/sync-quota';
import { chunkKey, joinChunks, planWatchlistStorage, splitIntoChunks } from '../../../src/settings/watchlist-chunks';
import { makeEntity } from './entities';

describe('splitIntoChunks', () => {
  it('cuts any text into chunks that each fit the per-item quota and join back exactly', () => {
    // Quotes and backslashes double when stored; Cyrillic, CJK and emoji take 2–4 bytes.
    const text = `"Путин" said \\ 习近平 🇺🇦 „Friedensplan“ \n\t\u0001 \ud800 ${'x'.repeat(20_000)}${'ж'.repeat(9_000)}${'😀'.repeat(3_000)}`;
    const chunks = splitIntoChunks(text, SYNC_QUOTA_BYTES_PER_ITEM);
    expect(chunks.length).toBeGreaterThan(5);
    chunks.forEach((chunk, index) => expect(syncItemBytes(chunkKey(index), chunk)).toBeLessThanOrEqual(SYNC_QUOTA_BYTES_PER_ITEM));
    expect(joinChunks(chunks)).toBe(text);
  });

  it('never splits a character made of two UTF-16 units', () => {
    const chunks = splitIntoChunks('😀'.repeat(100), 64);
    for (const chunk of chunks) expect(chunk).toMatch(/^(?:😀)+$/u);
  });

  it('uses the room it has: chunks are nearly full', () => {
    const chunks = splitIntoChunks('a'.repeat(30_000), SYNC_QUOTA_BYTES_PER_ITEM);
    expect(syncItemBytes(chunkKey(0), chunks[0])).toBe(SYNC_QUOTA_BYTES_PER_ITEM);
  });

  it('gives one empty chunk for empty text', () => {
    expect(splitIntoChunks('', 100)).toEqual(['']);
  });
});

describe('joinChunks', () => {
  it('refuses a list with a missing chunk', () => {
    expect(joinChunks(['[{"id":', null, '}]'])).toBeNull();
  });
});

describe('planWatchlistStorage', () => {
  it('puts a normal watchlist in sync storage', () => {
    const plan = planWatchlistStorage([makeEntity('putin')]);
    expect(plan.area).toBe('sync');
  });

  it('falls back to local storage when the whole would not fit sync', () => {
    const huge: Entity[] = Array.from({ length: 40 }, (_, i) => makeEntity(`entity-${i}`, { notes: [{ text: 'n'.repeat(3_000), source: 'test' }] }));
    const plan = planWatchlistStorage(huge);
    expect(plan).toMatchObject({ area: 'local', reason: 'too-large' });
  });
});
