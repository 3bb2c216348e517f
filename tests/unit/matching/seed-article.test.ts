import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { countByEntity, defaultMentions } from './count-mentions';

// Shared data is read in place from ../shared beside the repository, never copied in.
const SEED_DIR = new URL('../../../../shared/seed/', import.meta.url);
const SEED = '000_28fa4cede3bf2d94';

interface SeedLabels {
  mentions: Record<string, number>;
}

describe('the seed article', () => {
  it('gives the hand-labelled number of mentions for every entity', () => {
    const text = readFileSync(new URL(`${SEED}.txt`, SEED_DIR), 'utf8');
    const labels = JSON.parse(readFileSync(new URL(`${SEED}.labels.json`, SEED_DIR), 'utf8')) as SeedLabels;
    // Label keys use underscores where our ids use hyphens.
    const expected = Object.fromEntries(Object.entries(labels.mentions).map(([key, n]) => [key.replace(/_/g, '-'), n]));
    expect(countByEntity(defaultMentions(text))).toEqual(expected);
  });
});
