// Reading several raters' assessments together without merging them: whether they read
// differently is said in words, and no score is computed from them.
import { reliabilityTone } from './badge';
import type { Assessment } from './types';

/**
 * A neutral sentence when two raters' reliability ratings read differently — one rater's ratings
 * share no reading with another's (one favourable, the other not) — else null. Ratings by one
 * rater for different uses (Fox News's news and its talk shows) are that rater's qualifiers,
 * not a disagreement between raters.
 */
export function raterDisagreement(assessments: readonly Assessment[]): string | null {
  const byRater = new Map<string, Set<string>>();
  for (const a of assessments) {
    if (a.aspect !== 'reliability') continue;
    const tone = reliabilityTone(a.rating);
    if (tone === 'unknown') continue;
    const tones = byRater.get(a.by) ?? new Set<string>();
    tones.add(tone);
    byRater.set(a.by, tones);
  }
  const raters = [...byRater.values()];
  for (let i = 0; i < raters.length; i++) {
    for (let j = i + 1; j < raters.length; j++) {
      if (![...raters[i]].some((tone) => raters[j].has(tone))) return 'These raters read differently; each rating is shown as its rater published it.';
    }
  }
  return null;
}
