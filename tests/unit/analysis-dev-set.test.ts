import { describe, expect, it } from 'vitest';
import { prf } from '../../scripts/lib/eval-score';
import { DEV_HELDOUT, DEV_SET } from './analysis-dev-set';
import { scoreDevSet } from './analysis-dev-set-score';

// Floors sit just below what the analysis reaches, so a regression fails. The set is ours (see
// analysis-dev-set.ts), not the fixtures' gold: a change that helps the fixtures and hurts plain
// news text shows up here. DEV_HELDOUT was written after the rules and never tuned on.
describe('development set', () => {
  const { counts, misses } = scoreDevSet(DEV_SET);
  const f1 = (k: keyof typeof counts) => prf(counts[k]).f1;
  const report = () => JSON.stringify(misses, null, 1);

  it('has 60+ passages', () => {
    expect(DEV_SET.length).toBeGreaterThanOrEqual(60);
  });

  it('finds entities with the span and type a reader marks', () => {
    expect(f1('all'), report()).toBeGreaterThanOrEqual(0.96);
    expect(f1('person'), report()).toBeGreaterThanOrEqual(0.95);
    expect(f1('organization'), report()).toBeGreaterThanOrEqual(0.95);
    expect(f1('place'), report()).toBeGreaterThanOrEqual(0.95);
  });

  it('flags claims and leaves opinions, questions and asides alone', () => {
    expect(f1('claims'), report()).toBeGreaterThanOrEqual(0.95);
    expect(prf(counts.claims).precision, report()).toBeGreaterThanOrEqual(0.95);
  });

  it('holds up on passages it was not tuned on', () => {
    const held = scoreDevSet(DEV_HELDOUT).counts;
    expect(prf(held.all).f1).toBeGreaterThanOrEqual(HELDOUT_ENTITY_FLOOR);
    expect(prf(held.claims).f1).toBeGreaterThanOrEqual(HELDOUT_CLAIM_FLOOR);
  });
});

const HELDOUT_ENTITY_FLOOR = 0.97;
const HELDOUT_CLAIM_FLOOR = 0.9;
