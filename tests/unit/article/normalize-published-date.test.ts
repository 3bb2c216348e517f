import { describe, expect, it } from 'vitest';
import { normalizePublishedDate } from '../../../src/article/normalize-published-date';

describe('normalizePublishedDate', () => {
  it('keeps ISO 8601 dates as written, time zone offsets included', () => {
    expect(normalizePublishedDate('2023-03-20T09:15:00+03:00')).toBe('2023-03-20T09:15:00+03:00');
    expect(normalizePublishedDate('2023-03-20')).toBe('2023-03-20');
    expect(normalizePublishedDate(' 2023-03-20T09:15:00.000Z ')).toBe('2023-03-20T09:15:00.000Z');
    expect(normalizePublishedDate('2017-01-18T23:00:00-0800')).toBe('2017-01-18T23:00:00-0800');
    expect(normalizePublishedDate('2016-02-01 01:28:49')).toBe('2016-02-01T01:28:49');
  });

  it('writes other readable formats as UTC ISO 8601', () => {
    expect(normalizePublishedDate('Fri, 24 Feb 2023 08:00:00 GMT')).toBe('2023-02-24T08:00:00.000Z');
  });

  it('returns what it cannot read as the page gives it, and null for nothing', () => {
    expect(normalizePublishedDate('vor zwei Stunden')).toBe('vor zwei Stunden');
    expect(normalizePublishedDate('2023')).toBe('2023');
    expect(normalizePublishedDate('   ')).toBeNull();
    expect(normalizePublishedDate(null)).toBeNull();
  });
});
