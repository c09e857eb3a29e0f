import { describe, expect, it } from 'vitest';
import { countWords, readingMinutes } from '@/lib/page/words';

describe('countWords', () => {
  it('counts words the way a reader would', () => {
    expect(countWords('')).toBe(0);
    expect(countWords('Back in September 2015, ISIS had been rampaging.')).toBe(8);
    expect(countWords("it's a US-led coalition — $5 million, 3.5%")).toBe(7);
    expect(countWords('Deir ez-Zor\n\nRaqqa')).toBe(3);
  });
  it('counts non-Latin scripts', () => {
    expect(countWords('Привет мир')).toBe(2);
  });
});

describe('readingMinutes', () => {
  it('is at least one minute and grows with length', () => {
    expect(readingMinutes(10)).toBe(1);
    expect(readingMinutes(1190)).toBe(5);
  });
});
