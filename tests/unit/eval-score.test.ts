import { describe, expect, it } from 'vitest';
import { goldMentions, locateClaim, prf, scoreClaims, scoreMentions, scoreNames } from '../../scripts/lib/eval-score';

describe('eval scoring', () => {
  it('finds gold mentions as whole words, longest form first', () => {
    const text = 'Gulmurod Khalimov spoke. Khalimov left. Khalimovs and the US-led USA.';
    const spans = goldMentions(text, [
      { text: 'Khalimov', type: 'person' },
      { text: 'Gulmurod Khalimov', type: 'person' },
      { text: 'US', type: 'place' },
    ]);
    expect(spans.map((s) => text.slice(s.start, s.end))).toEqual(['Gulmurod Khalimov', 'Khalimov', 'US']);
  });

  it('counts a mention right only with the same span and type', () => {
    const gold = [
      { start: 0, end: 5, type: 'place' as const },
      { start: 10, end: 15, type: 'person' as const },
    ];
    const system = [
      { start: 0, end: 5, type: 'place' as const },
      { start: 10, end: 15, type: 'organization' as const },
      { start: 20, end: 25, type: 'person' as const },
    ];
    expect(scoreMentions(system, gold)).toEqual({ tp: 1, fp: 2, fn: 1 });
    expect(scoreMentions(system, gold, 'person')).toEqual({ tp: 0, fp: 1, fn: 1 });
    const p = prf({ tp: 1, fp: 2, fn: 1 });
    expect(p.precision).toBeCloseTo(1 / 3);
    expect(p.recall).toBeCloseTo(0.5);
    expect(p.f1).toBeCloseTo(0.4);
  });

  it('scores distinct names as sets', () => {
    const gold = [{ text: 'Syria', type: 'place' as const }, { text: 'ISIS', type: 'organization' as const }];
    const system = [{ text: 'Syria', type: 'place' as const }, { text: 'Syria', type: 'place' as const }, { text: 'Gulf', type: 'place' as const }];
    expect(scoreNames(system, gold)).toEqual({ tp: 1, fp: 1, fn: 1 });
  });

  it('matches claims one-to-one when they overlap by half the shorter span', () => {
    const gold = [{ start: 0, end: 100 }, { start: 100, end: 200 }];
    expect(scoreClaims([{ start: 0, end: 100 }], gold)).toEqual({ tp: 1, fp: 0, fn: 1 });
    expect(scoreClaims([{ start: 0, end: 160 }], gold)).toEqual({ tp: 1, fp: 0, fn: 1 });
    expect(scoreClaims([{ start: 180, end: 400 }], gold)).toEqual({ tp: 0, fp: 1, fn: 2 });
    expect(scoreClaims([{ start: 0, end: 100 }, { start: 10, end: 90 }], gold)).toEqual({ tp: 1, fp: 1, fn: 1 });
  });

  it('locates gold claims despite quote and whitespace differences', () => {
    const text = 'He said “no”.  It was  over.';
    expect(locateClaim(text, 'It was over.')).toEqual({ start: 15, end: 28 });
    expect(locateClaim(text, 'He said "no".')).toEqual({ start: 0, end: 13 });
    expect(locateClaim(text, 'Missing.')).toBeNull();
  });
});
