// The options page's storage line: bytes in words people read, and what it says about whether the
// browser may clear the reader's notes (and when it offers to ask it not to).
import { describe, expect, it } from 'vitest';
import { askAnswer, describeStorage, formatBytes, type StorageFacts } from '@/lib/storage/storage-status';

describe('formatBytes', () => {
  it('says bytes, kB, MB and GB in decimal units, with one decimal below ten', () => {
    expect(formatBytes(0, 'en')).toBe('0 bytes');
    expect(formatBytes(1, 'en')).toBe('1 byte');
    expect(formatBytes(950, 'en')).toBe('950 bytes');
    expect(formatBytes(12_345, 'en')).toBe('12 kB');
    expect(formatBytes(1_084_815, 'en')).toBe('1.1 MB');
    expect(formatBytes(2_000_000, 'en')).toBe('2 MB');
    expect(formatBytes(10_738_500_370, 'en')).toBe('11 GB');
    expect(formatBytes(81_361_993_103, 'en')).toBe('81 GB');
  });
  it('never shows "1,000" of a unit: it moves to the next one', () => {
    expect(formatBytes(999, 'en')).toBe('999 bytes');
    expect(formatBytes(999_999, 'en')).toBe('1 MB');
    expect(formatBytes(999_600_000, 'en')).toBe('1 GB');
  });
  it('follows the reader’s locale for the decimal mark', () => {
    expect(formatBytes(1_500_000, 'de')).toBe('1,5 MB');
  });
  it('says nothing misleading for values that are not sizes', () => {
    expect(formatBytes(-1)).toBe('—');
    expect(formatBytes(Number.NaN)).toBe('—');
  });
});

describe('describeStorage', () => {
  const base: StorageFacts = { persisted: false, unlimited: false, usage: 1_084_815, quota: 10_738_500_370, canAsk: true };

  it('persistent storage: kept, nothing to ask', () => {
    const words = describeStorage({ ...base, persisted: true }, 'en');
    expect(words.keeping).toBe('persistent');
    expect(words.offerAsk).toBe(false);
    expect(words.headline).toMatch(/will not clear/);
    expect(words.usage).toBe('1.1 MB');
  });
  it('unlimited storage (Chrome): kept; asking is offered but not urged', () => {
    const words = describeStorage({ ...base, unlimited: true }, 'en');
    expect(words.keeping).toBe('unlimited');
    expect(words.headline).toMatch(/^Kept/);
    expect(words.offerAsk).toBe(true);
    expect(words.askLabel).toMatch(/too$/);
    expect(describeStorage({ ...base, unlimited: true, canAsk: false }).offerAsk).toBe(false);
  });
  it('best effort: says calmly that the browser may clear it, and offers to ask', () => {
    const words = describeStorage(base, 'en');
    expect(words.keeping).toBe('best-effort');
    expect(words.headline).toMatch(/may clear/);
    expect(words.explanation).toMatch(/only under real pressure/);
    expect(words.explanation).toMatch(/export/i);
    expect(words.offerAsk).toBe(true);
    expect(describeStorage({ ...base, canAsk: false }).offerAsk).toBe(false);
  });
  it('a browser without the API: says it does not know, offers nothing', () => {
    const words = describeStorage({ persisted: null, unlimited: false, canAsk: false });
    expect(words.keeping).toBe('unknown');
    expect(words.offerAsk).toBe(false);
    expect(words.usage).toBeNull();
  });
  it('answers the reader’s request either way without alarm', () => {
    expect(askAnswer(true)).toMatch(/agreed/);
    expect(askAnswer(false)).toMatch(/did not agree/);
    expect(askAnswer(false)).not.toMatch(/lost|danger|warning/i);
  });
});
