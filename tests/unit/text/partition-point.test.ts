import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { partitionPoint } from '../../../src/text/partition-point';

describe('partitionPoint', () => {
  it('finds the first item at or after a value in any sorted array, as a linear scan does', () => {
    fc.assert(fc.property(fc.array(fc.integer({ min: -50, max: 50 })), fc.integer({ min: -60, max: 60 }), (values, target) => {
      const sorted = [...values].sort((a, b) => a - b);
      const linear = sorted.findIndex((value) => value >= target);
      expect(partitionPoint(sorted, (value) => value < target)).toBe(linear === -1 ? sorted.length : linear);
    }));
  });
});
