import { render } from 'preact-render-to-string';
import { describe, expect, it } from 'vitest';
import { OutletSection } from '@/components/outlet/OutletSection';
import { ListReport } from '@/components/outlet/ReaderLists';
import {
  assessmentDetail,
  assessmentText,
  assessorText,
  capitalize,
  countryName,
  importSummary,
  outletTypeLabel,
  ownershipLabel,
  placeText,
  readerListText,
  webUrl,
} from '@/components/outlet/outlet-labels';
import type { OutletView } from '@/lib/messages/protocol';
import type { OutletProfile } from '@/lib/outlets/types';

const WP = { label: 'Wikipedia', url: 'https://en.wikipedia.org/wiki/Centre_for_Research_on_Globalization' };
const RSP = 'https://en.wikipedia.org/wiki/Wikipedia:Reliable_sources/Perennial_sources';

const globalResearch: OutletProfile = {
  id: 'globalresearch',
  names: ['Global Research', 'Centre for Research on Globalization', 'Mondialisation.ca'],
  domains: ['globalresearch.ca'],
  organization: [{ value: 'Centre for Research on Globalization', source: WP }],
  country: [{ value: 'CA', source: WP }],
  city: [{ value: 'Montreal', source: WP }],
  founded: [{ value: 2001, source: WP }],
  owner: [{ value: 'Michel Chossudovsky', source: { label: "the outlet's website" } }],
  ownershipType: [{ value: 'nonprofit', source: WP }],
  outletType: [{ value: 'digital', source: WP }],
  assessments: [
    { by: "Wikipedia's perennial sources list", aspect: 'reliability', rating: 'deprecated', scale: 'WP:RSP status', asOf: '2019', url: RSP },
    { by: 'OpenSources', aspect: 'bias', rating: 'extreme bias', scale: 'OpenSources categories', asOf: '2017-04-28' },
  ],
  notes: [{ value: 'Publishes articles by its own contributors and cross-posts from other sites.', source: WP }],
  origin: 'directory',
};

const sott: OutletProfile = {
  id: 'sott',
  names: ['Sott.net', 'Signs of the Times'],
  domains: ['sott.net'],
  country: [{ value: 'FR', source: { label: 'Wikipedia' } }],
  assessments: [],
  origin: 'directory',
};

const noReader = { assessments: [] };

function view(over: Partial<OutletView> = {}): OutletView {
  return {
    domain: 'globalresearch.ca',
    match: { profile: globalResearch, matchedBy: 'domain' },
    coverage: null,
    cited: null,
    lookup: { status: 'idle' },
    reader: noReader,
    original: null,
    ...over,
  };
}

const html = (outlet: OutletView) => render(<OutletSection tabId={7} outlet={outlet} />);
/** The text inside the element with this data-testid (first match), tags removed. */
function textOf(out: string, testId: string): string {
  const start = out.indexOf(`data-testid="${testId}"`);
  if (start < 0) return '';
  const open = out.lastIndexOf('<', start);
  const tag = out.slice(open + 1).match(/^[a-z0-9]+/)![0];
  // Walk to the matching close tag, counting nested tags of the same name.
  const re = new RegExp(`<(/?)${tag}\\b[^>]*>`, 'g');
  re.lastIndex = open;
  let depth = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(out))) {
    depth += m[1] ? -1 : 1;
    if (depth === 0) break;
  }
  const inner = out.slice(open, m ? m.index + m[0].length : undefined);
  return inner
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#39;|&apos;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();
}
const count = (out: string, testId: string) => out.split(`data-testid="${testId}"`).length - 1;

describe('outlet labels', () => {
  it('names ownership and outlet types in plain words', () => {
    expect(ownershipLabel('public-company')).toBe('Public company');
    expect(ownershipLabel('state')).toBe('State-owned');
    expect(ownershipLabel('public-broadcaster')).toBe('Public broadcaster');
    expect(outletTypeLabel('wire')).toBe('Wire service');
    expect(outletTypeLabel('think-tank')).toBe('Think tank');
    expect(outletTypeLabel('state-media')).toBe('State media');
    expect(outletTypeLabel('fact-checker')).toBe('Fact-checker');
    expect(outletTypeLabel('online-newspaper')).toBe('Online newspaper');
  });

  it("quotes a rating as written, capitalized, with who and when", () => {
    expect(capitalize('generally unreliable')).toBe('Generally unreliable');
    expect(capitalize('left-center')).toBe('Left-center');
    expect(capitalize('')).toBe('');
    const a = { by: "Wikipedia's perennial sources list", rating: 'generally unreliable', asOf: '2019' };
    expect(assessorText(a)).toBe("Wikipedia's perennial sources list (2019)");
    expect(assessmentText(a)).toBe("Generally unreliable — Wikipedia's perennial sources list (2019)");
    expect(assessmentText({ ...a, asOf: '2024-03-05' })).toBe("Generally unreliable — Wikipedia's perennial sources list (2024)");
    expect(assessmentText({ ...a, asOf: undefined })).toBe("Generally unreliable — Wikipedia's perennial sources list");
    expect(assessmentDetail({ scale: 'WP:RSP status', asOf: '2019' })).toBe('Scale: WP:RSP status');
    expect(assessmentDetail({ scale: 'OpenSources categories', asOf: '2017-04-28' })).toBe('Scale: OpenSources categories · as of 2017-04-28');
    expect(assessmentDetail({})).toBeUndefined();
    expect(readerListText('Newsroom list')).toBe('your list: Newsroom list');
  });

  it('turns country codes into names and joins the city', () => {
    expect(countryName('CA', 'en')).toBe('Canada');
    expect(countryName('gb', 'en')).toBe('United Kingdom');
    expect(placeText('CA', 'Montreal', 'en')).toBe('Montreal, Canada');
    expect(placeText('FR', undefined, 'en')).toBe('France');
    expect(placeText(undefined, undefined)).toBeUndefined();
  });

  it('links only web URLs', () => {
    expect(webUrl('https://example.org/a')).toBe('https://example.org/a');
    expect(webUrl('javascript:alert(1)')).toBeUndefined();
    expect(webUrl(undefined)).toBeUndefined();
  });

  it('reports an import in a sentence', () => {
    expect(importSummary('Newsroom list', 120, 3)).toBe('Imported “Newsroom list”: 120 domains. 3 lines skipped:');
    expect(importSummary('Mine', 1, 0)).toBe('Imported “Mine”: 1 domain.');
    expect(importSummary('Mine', 1200, 1)).toBe('Imported “Mine”: 1,200 domains. 1 line skipped:');
  });
});

describe('OutletSection: a known outlet', () => {
  const out = html(view());

  it('shows each fact with where it came from', () => {
    expect(textOf(out, 'outlet-name')).toBe('Global Research');
    expect(textOf(out, 'outlet-other-names')).toContain('Centre for Research on Globalization');
    expect(textOf(out, 'outlet-organization')).toBe('Run by Centre for Research on Globalization from Wikipedia');
    expect(textOf(out, 'outlet-country')).toBe('Based in Canada from Wikipedia');
    expect(textOf(out, 'outlet-city')).toBe('City Montreal from Wikipedia');
    expect(textOf(out, 'outlet-founded')).toBe('Founded 2001 from Wikipedia');
    expect(textOf(out, 'outlet-owner')).toBe("Owner Michel Chossudovsky from the outlet's website");
    expect(textOf(out, 'outlet-ownership')).toBe('Ownership Nonprofit from Wikipedia');
    expect(textOf(out, 'outlet-type')).toBe('Kind of outlet Digital outlet from Wikipedia');
    expect(out).toContain(`href="${WP.url}"`);
    expect(out).toContain('rel="noopener noreferrer"');
    expect(out).toContain('target="_blank"');
    expect(textOf(out, 'outlet-notes')).toContain('cross-posts from other sites');
  });

  it('leaves out facts the profile lacks', () => {
    const sparse = html(view({ match: { profile: sott, matchedBy: 'domain' }, domain: 'sott.net' }));
    expect(textOf(sparse, 'outlet-country')).toBe('Based in France from Wikipedia');
    for (const id of ['outlet-organization', 'outlet-founded', 'outlet-owner', 'outlet-ownership', 'outlet-type']) {
      expect(sparse).not.toContain(`data-testid="${id}"`);
    }
    expect(sparse.toLowerCase()).not.toContain('unknown');
  });

  it('keeps reliability and bias in separate groups, each rating with who and when', () => {
    const reliability = textOf(out, 'assessments-reliability');
    const bias = textOf(out, 'assessments-bias');
    expect(reliability).toContain("Deprecated — Wikipedia's perennial sources list (2019)");
    expect(reliability).toContain('Scale: WP:RSP status');
    expect(reliability).not.toContain('OpenSources');
    expect(bias).toContain('Extreme bias — OpenSources (2017)');
    expect(bias).not.toContain('perennial');
    expect(out).toContain(`href="${RSP}"`);
    expect(count(out, 'assessment')).toBe(2);
  });

  it('never uses alarm words or red', () => {
    expect(out.toLowerCase()).not.toMatch(/fake|warning|danger|\bred\b|#f00|#ff0000/);
  });

  it('says so when an outlet has no published assessments', () => {
    const bare = html(view({ match: { profile: sott, matchedBy: 'domain' }, domain: 'sott.net' }));
    expect(textOf(bare, 'outlet-assessments')).toContain("No published assessments in Backstory's directory.");
    expect(count(bare, 'assessment')).toBe(0);
  });

  it("lists the reader's own ratings in the same groups, marked as theirs", () => {
    const withMine = html(
      view({
        reader: {
          assessments: [
            { by: 'Newsroom list', aspect: 'reliability', rating: 'avoid', scale: 'your imported list', asOf: '2025-01-02' },
            { by: 'Newsroom list', aspect: 'bias', rating: 'far left' },
          ],
        },
      }),
    );
    expect(count(withMine, 'assessment-reader')).toBe(2);
    expect(textOf(withMine, 'assessments-reliability')).toContain('Avoid — your list: Newsroom list');
    expect(textOf(withMine, 'assessments-bias')).toContain('Far left — your list: Newsroom list');
  });

  it("shows the reader's note with Edit and Remove, or offers to add one", () => {
    const withNote = html(view({ reader: { assessments: [], note: { body: 'Check every\nquote.', updatedAt: Date.UTC(2025, 0, 2) } } }));
    expect(withNote).toContain('data-testid="outlet-note"');
    expect(withNote).toContain('Check every\nquote.');
    expect(withNote).toContain('data-testid="outlet-note-edit"');
    expect(withNote).toContain('data-testid="outlet-note-remove"');
    expect(out).toContain('data-testid="outlet-note-add"');
    expect(textOf(out, 'outlet-note-add')).toBe('Add a note on this outlet');
  });
});

describe('OutletSection: a cross-post', () => {
  it('shows the original outlet with its own profile', () => {
    const out = html(view({ original: { name: 'Sott.net', url: 'https://www.sott.net/article/361054', profile: sott, domain: 'sott.net', reader: noReader } }));
    expect(out).toContain('data-testid="original-outlet"');
    const block = textOf(out, 'original-outlet');
    expect(block).toContain('Originally published by Sott.net');
    expect(block).toContain('Signs of the Times');
    expect(block).toContain('Based in France from Wikipedia');
    expect(block).toContain("No published assessments in Backstory's directory.");
    expect(out).toContain('href="https://www.sott.net/article/361054"');
    expect(out).toContain('data-testid="original-profile"');
  });

  it('says calmly when the original is not in the directory', () => {
    const out = html(view({ original: { name: 'The Daily Example', profile: null, reader: noReader } }));
    expect(textOf(out, 'original-unknown')).toBe("The Daily Example is not in Backstory's directory.");
    expect(textOf(out, 'original-outlet')).toContain('Originally published by The Daily Example');
  });
});

describe('OutletSection: an outlet not in the directory', () => {
  const unknown = (lookup: OutletView['lookup']) => html(view({ domain: 'example-news.test', match: null, lookup }));

  it('is calm and offers a lookup, saying what it sends', () => {
    const out = unknown({ status: 'idle' });
    expect(textOf(out, 'outlet-unknown')).toContain("example-news.test is not in Backstory's directory.");
    expect(textOf(out, 'outlet-lookup')).toBe('Look up on Wikidata');
    expect(textOf(out, 'outlet-lookup-privacy')).toContain('Wikidata and Wikipedia');
    expect(out).not.toContain('role="alert"');
    expect(out.toLowerCase()).not.toMatch(/warning|danger|fake|unreliable/);
  });

  it('shows the lookup while it runs, and what it found, marked as looked up', () => {
    expect(textOf(unknown({ status: 'loading' }), 'outlet-lookup-loading')).toContain('Looking up');
    const profile: OutletProfile = {
      id: 'wikidata:Q1',
      names: ['Example News'],
      domains: ['example-news.test'],
      country: [{ value: 'NZ', source: { label: 'Wikidata', url: 'https://www.wikidata.org/wiki/Q1' } }],
      founded: [{ value: 1999, source: { label: 'Wikidata', url: 'https://www.wikidata.org/wiki/Q1' } }],
      kind: [{ value: 'online newspaper', source: { label: 'Wikidata', url: 'https://www.wikidata.org/wiki/Q1' } }],
      assessments: [],
      origin: 'lookup',
      fetchedAt: Date.UTC(2025, 2, 3),
    };
    const found = unknown({ status: 'found', profile, summary: 'Example News is a website.', fetchedAt: Date.UTC(2025, 2, 3), stale: true, refreshError: 'Wikidata did not answer; try again later.' });
    const block = textOf(found, 'outlet-looked-up');
    expect(block).toContain('Looked up on Wikidata on');
    expect(block).toContain('may be out of date');
    expect(block).toContain('Kind of outlet online newspaper from Wikidata');
    expect(block).toContain('Founded 1999 from Wikidata');
    expect(block).toContain('Example News is a website.');
    expect(found).toContain('data-testid="outlet-lookup-refresh"');
    expect(textOf(found, 'outlet-lookup-refresh-error')).toContain('Wikidata did not answer');
    expect(found).not.toContain('data-testid="outlet-lookup"');
  });

  it('says when Wikidata has nothing, and when the lookup failed, with a way to try again', () => {
    expect(textOf(unknown({ status: 'not-found', fetchedAt: 0 }), 'outlet-lookup-not-found')).toContain('Wikidata has no outlet with this website.');
    const failed = unknown({ status: 'failed', error: 'Could not reach Wikidata; check the connection and try again.' });
    expect(textOf(failed, 'outlet-lookup-failed')).toContain('Could not reach Wikidata');
    expect(failed).toContain('data-testid="outlet-lookup-retry"');
  });

  it('says only that a page without a web domain has none', () => {
    const out = html(view({ domain: '', match: null }));
    expect(textOf(out, 'outlet-section')).toBe('This page has no web domain.');
  });
});

describe('OutletSection: hostile strings', () => {
  it('renders markup in names, notes and ratings as text', () => {
    const evil = '<img src=x onerror=alert(1)>';
    const profile: OutletProfile = {
      ...globalResearch,
      names: [evil, `${evil} two`],
      organization: [{ value: evil, source: { label: evil, url: 'javascript:alert(2)' } }],
      notes: [{ value: evil, source: { label: evil } }],
      assessments: [{ by: evil, aspect: 'reliability', rating: evil, url: 'javascript:alert(3)' }],
    };
    const out = html(
      view({
        match: { profile, matchedBy: 'domain' },
        reader: { assessments: [{ by: evil, aspect: 'bias', rating: evil, note: evil }], note: { body: evil, updatedAt: 0 } },
        original: { name: evil, url: 'javascript:alert(4)', profile: null, reader: noReader },
      }),
    );
    expect(out).not.toContain('<img');
    expect(out).toContain('&lt;img src=x onerror=alert(1)>');
    expect(out).not.toContain('href="javascript');
  });
});

describe('ListReport', () => {
  it('reports what was imported and which lines were skipped', () => {
    const out = render(
      <ListReport
        report={{
          ok: true,
          outcome: {
            list: { id: 'l1', name: 'Newsroom list', importedAt: 0, count: 120, fileName: 'newsroom.csv' },
            skipped: [
              { line: 4, reason: 'no domain' },
              { line: 9, reason: '"not a site" is not a web domain' },
            ],
          },
        }}
      />,
    );
    expect(textOf(out, 'reader-list-report')).toContain('Imported “Newsroom list”: 120 domains. 2 lines skipped:');
    expect(textOf(out, 'reader-list-skipped')).toContain('Line 4: no domain');
    expect(textOf(out, 'reader-list-skipped')).toContain('Line 9:');
  });

  it('shows a refusal as written, and that nothing changed', () => {
    const out = render(<ListReport report={{ ok: false, fileName: 'x.csv', error: 'The first row needs a "domain" column (it has: a, b).' }} />);
    const text = textOf(out, 'reader-list-report');
    expect(text).toContain('The first row needs a "domain" column');
    expect(text).toContain('Nothing was changed.');
  });
});

describe('OutletSection: the site says, sources differ, raters differ, cited sources', () => {
  const site = {
    name: 'Global Research',
    wikidataId: 'Q5061521',
    wikipedia: ['https://en.wikipedia.org/wiki/Centre_for_Research_on_Globalization'],
    sameAs: [],
    foundingDate: '2001',
    parentOrganizations: ['Centre for Research on Globalization'],
    policies: { correctionsPolicy: 'https://www.globalresearch.ca/corrections', masthead: 'https://www.globalresearch.ca/masthead' },
    about: { url: 'https://www.globalresearch.ca/about', text: 'About' },
    from: { name: 'json-ld publisher', policies: 'json-ld publisher', about: 'link text' },
  };

  it("shows the site's own word apart, quoted with where it was read", () => {
    const out = render(<OutletSection tabId={7} outlet={view()} site={site} />);
    const says = textOf(out, 'site-says');
    expect(says).toContain('The site says');
    expect(says).toContain("Publisher Global Research in the page's structured data");
    expect(textOf(out, 'site-says-policies')).toContain('Corrections policy');
    expect(textOf(out, 'site-says-policies')).toContain('Masthead');
    expect(out).toContain('href="https://www.wikidata.org/wiki/Q5061521"');
    expect(textOf(out, 'site-says-about')).toContain('globalresearch.ca/about');
    // Apart from the independent sources: not inside the profile block.
    const profileStart = out.indexOf('data-testid="outlet-profile"');
    expect(out.indexOf('data-testid="site-says"')).toBeGreaterThan(out.indexOf('data-testid="outlet-assessments"', profileStart));
  });

  it('shows values two sources disagree on side by side, each with its source, and says they differ', () => {
    const wd = { label: 'Wikidata', url: 'https://www.wikidata.org/wiki/Q1', asOf: '2023-04-20' };
    const profile: OutletProfile = { ...globalResearch, country: [{ value: 'CA', source: WP }, { value: 'US', source: wd }] };
    const out = html(view({ match: { profile, matchedBy: 'domain' } }));
    expect(textOf(out, 'outlet-country')).toContain('Canada from Wikipedia');
    expect(textOf(out, 'outlet-country')).toContain('United States from Wikidata (2023)');
    expect(textOf(out, 'fact-differ')).toContain('The sources differ');
  });

  it('says so, in neutral words, when raters read an outlet differently', () => {
    const profile: OutletProfile = {
      ...globalResearch,
      assessments: [
        { by: "Wikipedia's perennial sources list", aspect: 'reliability', rating: 'generally reliable', asOf: '2021' },
        { by: 'OpenSources', aspect: 'reliability', rating: 'proceed with caution', asOf: '2017' },
        { by: 'OpenSources', aspect: 'satire', rating: 'satire', asOf: '2017' },
      ],
    };
    const out = html(view({ match: { profile, matchedBy: 'domain' } }));
    expect(textOf(out, 'raters-differ')).toContain('These raters read differently');
    expect(textOf(out, 'assessments-satire')).toContain('Satire — OpenSources (2017)');
    expect(textOf(out, 'assessments-reliability')).not.toContain('Satire');
  });

  it('lists the sources the article cites by outlet, and a site the directory lacks calmly', () => {
    const cited = [
      { key: 'globalresearch', domain: 'globalresearch.ca', match: { profile: globalResearch, matchedBy: 'domain' as const }, coverage: null, links: [{ start: 0, end: 4, text: 'report', url: 'https://www.globalresearch.ca/x' }] },
      {
        key: 'onlygdelt.org',
        domain: 'onlygdelt.org',
        match: null,
        coverage: { value: { country: 'CA', mentions: 300, share: 0.6 }, source: { label: 'GDELT' } },
        links: [{ start: 10, end: 14, text: 'one', url: 'https://onlygdelt.org/a' }, { start: 20, end: 24, text: 'two', url: 'https://onlygdelt.org/b' }],
      },
    ];
    const out = html(view({ cited }));
    expect(count(out, 'cited-outlet')).toBe(2);
    expect(textOf(out, 'cited-name')).toBe('Global Research');
    expect(textOf(out, 'cited-kind')).toBe('Digital outlet · based in Canada');
    expect(textOf(out, 'cited-rating')).toContain("Deprecated — Wikipedia's perennial sources list (2019)");
    expect(textOf(out, 'cited-unknown')).toBe('· mostly covers Canada (GDELT)');
    expect(out.indexOf('data-domain="onlygdelt.org"')).toBeGreaterThan(out.indexOf("Not in Backstory's directory:"));
    expect(textOf(html(view({ cited: null })), 'cited-pending')).toContain('Looking up');
    expect(textOf(html(view({ cited: [] })), 'cited-none')).toContain('no other site');
  });

  it('gives a site GDELT alone knows its coverage, never as where it is based', () => {
    const out = html(view({ match: null, domain: 'onlygdelt.org', coverage: { value: { country: 'CA', mentions: 300, share: 0.6 }, source: { label: 'GDELT' } } }));
    expect(textOf(out, 'outlet-coverage-only')).toContain('mostly cover Canada');
    expect(textOf(out, 'outlet-coverage-only')).toContain('not where it is based');
  });
});
