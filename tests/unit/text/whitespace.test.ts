import { describe, expect, it } from 'vitest';
import { isSpaceCode } from '../../../src/text/whitespace';

describe('isSpaceCode', () => {
  it('agrees with the regex \\s on every UTF-16 code unit', () => {
    const disagreements: number[] = [];
    for (let code = 0; code <= 0xffff; code++) {
      if (isSpaceCode(code) !== /\s/.test(String.fromCharCode(code))) disagreements.push(code);
    }
    expect(disagreements).toEqual([]);
  });
});
