// Inline sample profiles for the outlet tests: small, made up where the rule needs it, and
// independent of the bundled directory data.
import type { OutletProfile } from '@/lib/outlets/types';

const wp = { label: 'Wikipedia', url: 'https://en.wikipedia.org/wiki/Global_Research' };

export function profile(id: string, names: string[], domains: OutletProfile['domains'], extra: Partial<OutletProfile> = {}): OutletProfile {
  return { id, names, domains, assessments: [], origin: 'directory', ...extra };
}

export const SAMPLE: OutletProfile[] = [
  profile('globalresearch', ['Global Research'], ['globalresearch.ca', 'globalresearch.org', 'mondialisation.ca'], {
    organization: [{ value: 'Centre for Research on Globalization', source: wp }],
    country: [{ value: 'CA', source: wp }],
    city: [{ value: 'Montreal', source: wp }],
    founded: [{ value: 2001, source: wp }],
    outletType: [{ value: 'digital', source: wp }],
    assessments: [
      {
        by: "Wikipedia's perennial sources list",
        aspect: 'reliability',
        rating: 'deprecated',
        scale: 'WP:RSP status',
        asOf: '2024',
        url: 'https://en.wikipedia.org/wiki/Wikipedia:Reliable_sources/Perennial_sources',
      },
    ],
  }),
  profile('sott', ['Sott.net', 'SOTT', 'Signs of the Times'], ['sott.net']),
  profile('cnn', ['CNN'], ['cnn.com']),
  profile('bbc', ['BBC News', 'BBC'], ['bbc.co.uk', 'bbc.com']),
  profile('forbes', ['Forbes'], ['forbes.com']),
  profile('jane-doe-forbes', ['Jane Doe at Forbes'], [{ domain: 'forbes.com', pathPrefix: '/sites/janedoe' }]),
  profile('jane-doe-special', ['Jane Doe Special Report'], [{ domain: 'forbes.com', pathPrefix: '/sites/janedoe/special' }]),
  profile('medium', ['Medium'], ['medium.com'], {
    excludes: [{ domain: 'medium.com', pathPrefix: '/@' }, { domain: '*.medium.com' }],
  }),
  profile('medium-staff-blog', ['The Medium Blog'], ['blog.medium.com']),
  profile('example-daily', ['Example Daily'], ['example.com'], { excludes: [{ domain: 'shop.example.com' }] }),
  profile('example-opinion', ['Example Opinion'], ['opinion.example.com']),
  profile('someblog', ['Some Blog'], ['someblog.blogspot.com']),
  profile('guardian', ['The Guardian'], ['theguardian.com'], { organization: [{ value: 'Guardian Media Group', source: wp }] }),
  profile('guardian-ng', ['The Guardian (Nigeria)', 'The Guardian'], ['guardian.ng']),
  profile('paper-a', ['Paper A'], ['paper-a.com'], { organization: [{ value: 'Shared Media Ltd', source: wp }] }),
  profile('paper-b', ['Paper B'], ['paper-b.com'], { organization: [{ value: 'Shared Media Ltd', source: wp }] }),
];
