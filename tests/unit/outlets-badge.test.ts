import { describe, expect, it } from 'vitest';
import { BADGE_COLORS, outletBadge, overallTone, reliabilityTone } from '@/lib/outlets/badge';
import type { Assessment } from '@/lib/outlets/types';
import { profile, SAMPLE } from './recorded/sample-profiles';

const rel = (rating: string, by = 'Assessor'): Assessment => ({ by, aspect: 'reliability', rating, asOf: '2024' });

describe('outletBadge', () => {
  it('shows nothing for an outlet that is not known', () => {
    expect(outletBadge(null)).toBeNull();
    expect(outletBadge(undefined)).toBeNull();
  });

  it('shows a grey dot for a known outlet without published assessments', () => {
    expect(outletBadge(profile('cnn', ['CNN'], ['cnn.com']))).toEqual({
      text: '•',
      color: BADGE_COLORS.unassessed,
      title: 'CNN: in the Backstory directory; no published assessment recorded. Open the side panel for details.',
    });
  });

  it('counts the assessments and says, in the assessors words, who rated what', () => {
    const badge = outletBadge(SAMPLE[0]);
    expect(badge).toEqual({
      text: '1',
      color: BADGE_COLORS.unfavourable,
      title:
        "Global Research: in the Backstory directory. Reliability: deprecated (Wikipedia's perennial sources list, 2024). Open the side panel for sources.",
    });
  });

  it('never uses red, and never words a verdict into the badge text', () => {
    const many = profile('x', ['X'], ['x.com'], {
      assessments: [...Array.from({ length: 10 }, (_, i) => rel('generally unreliable', `A${i}`)), { by: 'B', aspect: 'bias', rating: 'right' }],
    });
    const badge = outletBadge(many)!;
    expect(badge.text).toBe('9+');
    expect(badge.title).toMatch(/; 7 more\. Bias: right \(B\)\./);
    for (const color of Object.values(BADGE_COLORS)) {
      const [r, g, b] = [1, 3, 5].map((i) => parseInt(color.slice(i, i + 2), 16));
      expect(r - Math.max(g, b), color).toBeLessThan(60); // no alarm red
    }
  });

  it('marks looked-up outlets as such', () => {
    expect(outletBadge(profile('wikidata-q1', ['Q'], ['q.com'], { origin: 'lookup' }))?.title).toMatch(/looked up on Wikidata/);
  });
});

describe('reliability tones', () => {
  it('reads ratings in the assessors own words', () => {
    expect(reliabilityTone('generally reliable')).toBe('favourable');
    expect(reliabilityTone('High')).toBe('favourable');
    expect(reliabilityTone('generally unreliable')).toBe('unfavourable');
    expect(reliabilityTone('deprecated')).toBe('unfavourable');
    expect(reliabilityTone('Very Low')).toBe('unfavourable');
    expect(reliabilityTone('no consensus')).toBe('mixed');
    expect(reliabilityTone('Mostly Factual')).toBe('mixed');
    expect(reliabilityTone('87.5')).toBe('unknown');
  });

  it('is favourable or unfavourable only when the assessors agree', () => {
    expect(overallTone([rel('generally reliable'), rel('high')])).toBe('favourable');
    expect(overallTone([rel('generally reliable'), rel('low')])).toBe('mixed');
    expect(overallTone([rel('deprecated'), rel('low'), rel('no consensus')])).toBe('unfavourable');
    expect(overallTone([{ by: 'B', aspect: 'bias', rating: 'left' }])).toBe('unknown');
    expect(outletBadge(profile('x', ['X'], ['x.com'], { assessments: [rel('generally reliable'), rel('low')] }))?.color).toBe(BADGE_COLORS.mixed);
  });
});
