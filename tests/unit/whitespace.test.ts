import { describe, expect, it } from 'vitest';
import { isWhitespaceAt, isWhitespaceCode } from '@/lib/page/whitespace';

describe('isWhitespaceCode', () => {
  it('agrees with \\s on every UTF-16 code unit', () => {
    const disagree: number[] = [];
    for (let code = 0; code <= 0xffff; code++) {
      if (isWhitespaceCode(code) !== /\s/.test(String.fromCharCode(code))) disagree.push(code);
    }
    expect(disagree).toEqual([]);
  });

  it('is false outside the string', () => {
    expect(isWhitespaceAt(' a ', -1)).toBe(false);
    expect(isWhitespaceAt(' a ', 3)).toBe(false);
    expect(isWhitespaceAt(' a ', 2)).toBe(true);
  });
});
