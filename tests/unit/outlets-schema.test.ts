import { describe, expect, it } from 'vitest';
import { profileProblems } from '@/lib/outlets/schema';
import type { OutletProfile } from '@/lib/outlets/types';
import { SAMPLE } from './recorded/sample-profiles';

const base = SAMPLE[0];
const problems = (change: Record<string, unknown>) => profileProblems({ ...base, ...change });

describe('OutletProfile schema', () => {
  it('accepts well-formed profiles', () => {
    for (const p of SAMPLE) expect(profileProblems(p), p.id).toEqual([]);
  });

  it('catches a misspelled field name', () => {
    const { country, ...rest } = base;
    expect(profileProblems({ ...rest, contry: country }).join()).toMatch(/contry/);
  });

  it('wants ISO country codes and plausible years', () => {
    const src = { label: 'Wikipedia' };
    expect(problems({ country: [{ value: 'UK', source: src }] })).toEqual([]); // well-formed, if not ISO's choice
    expect(problems({ country: [{ value: 'ca', source: src }] }).join()).toMatch(/country.*ISO/);
    expect(problems({ country: [{ value: 'CAN', source: src }] }).join()).toMatch(/country/);
    expect(problems({ founded: [{ value: 20001, source: src }] }).join()).toMatch(/founded/);
    expect(problems({ founded: [{ value: 1450, source: src }] }).join()).toMatch(/founded/);
    expect(problems({ founded: [{ value: 2001.5, source: src }] }).join()).toMatch(/founded/);
    expect(problems({ founded: [{ value: '2001', source: src }] }).join()).toMatch(/founded/);
  });

  it('keeps reliability and bias as the only aspects, and checks dates', () => {
    const a = base.assessments[0];
    expect(problems({ assessments: [{ ...a, aspect: 'reliable' }] }).join()).toMatch(/aspect must be/);
    expect(problems({ assessments: [{ ...a, asOf: '2024-13' }] }).join()).toMatch(/asOf/);
    expect(problems({ assessments: [{ ...a, asOf: '2024-02-29' }] })).toEqual([]);
    expect(problems({ assessments: [{ ...a, rating: '' }] }).join()).toMatch(/rating/);
  });

  it('wants absolute https URLs for sources', () => {
    const a = base.assessments[0];
    expect(problems({ assessments: [{ ...a, url: 'http://en.wikipedia.org/wiki/X' }] }).join()).toMatch(/https/);
    expect(problems({ assessments: [{ ...a, url: '/wiki/X' }] }).join()).toMatch(/https/);
    expect(problems({ organization: [{ value: 'X', source: { label: 'About page', url: 'globalresearch.ca/about' } }] }).join()).toMatch(/https/);
  });

  it('wants domains as lower-case hosts without scheme, path or www.', () => {
    for (const bad of ['https://globalresearch.ca', 'globalresearch.ca/about', 'GlobalResearch.ca', 'www.globalresearch.ca', 'globalresearch', 'globalresearch.ca:443', 'cnn.con']) {
      expect(problems({ domains: [bad] }).join(), bad).toMatch(/^domains\.0/);
    }
    expect(problems({ domains: [{ domain: 'forbes.com', pathPrefix: 'sites/x' }] }).join()).toMatch(/domains\.0.*pathPrefix|start with/);
    expect(problems({ domains: [{ domain: 'forbes.com', pathPrefix: '/sites/x' }, 'blogs.forbes.com'] })).toEqual([]);
    expect(problems({ domains: [] }).join()).toMatch(/at least one domain/);
    expect(problems({ excludes: [{ domain: '*.medium.com' }, { domain: 'medium.com', pathPrefix: '/@' }] })).toEqual([]);
  });

  it('wants names, an id in lower case and a known origin', () => {
    // A site known only by its domain (a rater's list names no outlet) has no name.
    expect(problems({ names: [] })).toEqual([]);
    expect(problems({ names: [' Global Research'] }).join()).toMatch(/spaces/);
    expect(problems({ id: 'Global Research' }).join()).toMatch(/id/);
    expect(problems({ origin: 'bundled' }).join()).toMatch(/origin/);
    const { assessments: _a, ...noAssessments } = base as OutletProfile;
    expect(profileProblems(noAssessments).join()).toMatch(/assessments/);
  });
});
