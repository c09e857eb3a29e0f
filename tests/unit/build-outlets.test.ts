// The build's own rules (scripts/build-outlets/): websites as domain rules, Wikipedia's markup,
// country names, and how claims from several sources become outlet records.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { addFact, type Claim } from '@/scripts/build-outlets/claims';
import { countryCode, usState } from '@/scripts/build-outlets/countries';
import { Merge } from '@/scripts/build-outlets/merge';
import { cleanHost, cleanPath, ruleFromUrl } from '@/scripts/build-outlets/rules';
import { overlayClaims } from '@/scripts/build-outlets/sources/overlay';
import { plainWikitext } from '@/scripts/build-outlets/sources/wikipedia-rsp';
import { ratingOf, recordOf } from '@/scripts/build-outlets/write';

describe('websites as domain rules', () => {
  it('keeps a section path, and reads a landing page as the whole site', () => {
    expect(ruleFromUrl('https://www.stuff.co.nz/sunday-star-times/')).toEqual({ domain: 'stuff.co.nz', pathPrefix: '/sunday-star-times' });
    expect(ruleFromUrl('http://www.bizjournals.com/boston/index.html')).toEqual({ domain: 'bizjournals.com', pathPrefix: '/boston' });
    for (const landing of ['http://www.taipeitimes.com/', 'http://kashmirobserver.net/index.php', 'http://www.rodong.rep.kp/en/', 'http://www.journal.lu/home/']) {
      expect(ruleFromUrl(landing)?.pathPrefix, landing).toBeUndefined();
    }
  });

  it('writes hosts in lower-case ASCII without www., and refuses what is not a public site', () => {
    expect(cleanHost('WWW.www.Torquay-Herald.co.uk.')).toBe('torquay-herald.co.uk');
    expect(cleanHost('мвд.рф')).toBe('xn--b1aew.xn--p1ai');
    expect(cleanHost('www.altoadige.it')).toBeNull(); // altoadige.it is itself a public suffix
    expect(cleanHost('localhost')).toBeNull();
    expect(ruleFromUrl('ftp://example.com/x')).toBeNull();
    expect(cleanPath('//open.spotify.com/show/6D4W')).toBe('/show/6d4w');
    expect(cleanPath('/')).toBeUndefined();
  });
});

describe('source text', () => {
  it("turns Wikipedia's wiki markup into plain text", () => {
    expect(plainWikitext("There is consensus that ''[[Fox News|Fox]]'' is {{pslink|Generally unreliable}} for politics.<ref>x</ref> See [[WP:RSP]].")).toBe(
      'There is consensus that Fox is Generally unreliable for politics. See WP:RSP.',
    );
    expect(plainWikitext('{{outer|{{inner}}}}Text [https://example.org a link].')).toBe('Text a link.');
  });

  it('maps country names to ISO codes, leaving former states out', () => {
    expect(countryCode('United States of America')).toBe('US');
    expect(countryCode("People's Republic of China")).toBe('CN');
    expect(countryCode('Bosnia and Herzegovina')).toBe('BA');
    expect(countryCode('Turkey')).toBe('TR');
    expect(countryCode('Wales')).toBe('GB');
    expect(countryCode('Soviet Union')).toBeNull();
    expect(usState('oh')).toBe('Ohio');
  });
});

const claim = (dataset: Claim['dataset'], item: string, name: string, rules: string[], facts: Record<string, (string | number)[]> = {}): Claim => {
  const c: Claim = {
    dataset,
    rules: rules.map((r) => (r.includes('/') ? { domain: r.slice(0, r.indexOf('/')), pathPrefix: r.slice(r.indexOf('/')) } : { domain: r })),
    names: name ? [name] : [],
    facts: {},
  };
  addFact(c, 'listedAs', name, `${dataset}:${item}`);
  for (const [field, values] of Object.entries(facts)) for (const v of values) addFact(c, field as 'country', v, `${dataset}:${item}`);
  return c;
};

describe('merging claims into outlets', () => {
  it('adds a second source to the outlet holding the domain, keeping both sources’ facts side by side', () => {
    const merge = new Merge();
    merge.add([claim('backstory-editors', 'Example_Times', 'Example Times', ['exampletimes.com'], { country: ['US'], founded: [1851] })], false);
    merge.add([claim('wikidata', 'Q1', 'The Example Times International', ['exampletimes.com'], { country: ['FR'], founded: [2013] })], true);
    const [record] = merge.drafts.map(recordOf);
    expect(merge.drafts).toHaveLength(1);
    expect(record.sources).toEqual(['backstory-editors:Example_Times', 'wikidata:Q1']);
    expect(record.facts?.country).toEqual([['US', 0], ['FR', 1]]);
    expect(record.facts?.founded).toEqual([[1851, 0], [2013, 1]]);
    expect(record.names).toEqual(['Example Times', 'The Example Times International']);
  });

  it("gives a chain's shared site a record of its titles, and a title named after the domain the site", () => {
    const merge = new Merge();
    merge.add(
      [
        claim('wikidata', 'Q1', 'North Gazette', ['chaingazettes.com'], { founded: [1900] }),
        claim('wikidata', 'Q2', 'South Gazette', ['chaingazettes.com', 'southgazette.com'], { founded: [1920] }),
        claim('wikidata', 'Q3', 'Aamulehti', ['aamulehti.fi'], { founded: [1881] }),
        claim('wikidata', 'Q4', 'Aamulehti Sunday', ['aamulehti.fi']),
      ],
      true,
    );
    const records = Object.fromEntries(merge.drafts.map(recordOf).map((r) => [r.id, r]));
    expect(records['chaingazettes.com']).toMatchObject({ names: [], facts: { titles: [['North Gazette', 0], ['South Gazette', 1]] } });
    expect(records['chaingazettes.com'].facts?.founded).toBeUndefined();
    expect(records['southgazette.com'].facts?.founded).toEqual([[1920, 0]]);
    expect(records['aamulehti.fi']).toMatchObject({ names: ['Aamulehti'], facts: { founded: [[1881, 0]], titles: [['Aamulehti Sunday', 1]] } });
  });

  it('lists a closed title on the living outlet that runs its old site, and joins a same-named section to its outlet', () => {
    const merge = new Merge();
    merge.add([claim('backstory-editors', 'Lidovky', 'Lidové noviny', ['lidovky.cz'], { founded: [1893] })], false);
    const closed = claim('wikidata', 'Q9', 'Lidové noviny', ['lidovky.cz'], { dissolved: [1952] });
    closed.historic = true;
    merge.add([closed], true);
    merge.add([claim('wikipedia-rsp', 'WP:DW', 'Deutsche Welle', ['lidovky.cz/en'])], false);
    const [record] = merge.drafts.map(recordOf);
    expect(record.facts?.dissolved).toBeUndefined();
    expect(record.facts?.titles).toEqual([['Lidové noviny (closed 1952)', 1]]);
    expect(merge.drafts).toHaveLength(2); // a differently named section of the site is not this outlet
  });

  it('scopes a rating to its path unless it covers the outlet’s main site', () => {
    const merge = new Merge();
    merge.add([claim('backstory-editors', 'RS', 'Rolling Stone', ['rollingstone.com'])], false);
    const rsp = claim('wikipedia-rsp', 'WP:RS', 'Rolling Stone', ['rollingstone.com', 'rollingstone.com/politics']);
    rsp.ratings = [
      { aspect: 'reliability', rating: 'generally reliable', qualifier: '(culture)', title: 'Rolling Stone', rules: [{ domain: 'rollingstone.com' }] },
      { aspect: 'reliability', rating: 'generally unreliable', qualifier: '(politics)', title: 'Rolling Stone', rules: [{ domain: 'rollingstone.com', pathPrefix: '/politics' }] },
      { aspect: 'reliability', rating: 'generally unreliable', title: 'Rolling Stone Council', rules: [{ domain: 'council.rollingstone.com' }] },
    ];
    merge.add([rsp], false);
    const [draft] = merge.drafts;
    const [culture, politics, council] = draft.ratings.map((r) => ratingOf(draft, r.rating));
    expect(culture.appliesTo).toBeUndefined();
    expect(politics.appliesTo).toEqual([{ domain: 'rollingstone.com', pathPrefix: '/politics' }]);
    expect(council).toMatchObject({ qualifier: 'Rolling Stone Council', appliesTo: ['council.rollingstone.com'] });
    expect(draft.rules).toEqual([{ domain: 'rollingstone.com' }]); // the path is under the outlet's own domain
  });
});

describe('the hand-written overlay', () => {
  it('refuses an assessment by a rater whose data may not ship', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'overlay-'));
    const file = path.join(dir, 'x.json');
    const entry = { id: 'x', names: ['X'], domains: ['x-news.com'], assessments: [{ by: 'Media Bias/Fact Check', aspect: 'bias', rating: 'left' }], origin: 'directory' };
    writeFileSync(file, JSON.stringify([entry]));
    expect(() => overlayClaims([file])).toThrow(/may not ship/);
    writeFileSync(file, JSON.stringify([{ ...entry, assessments: [] }]));
    expect(overlayClaims([file])[0]).toMatchObject({ id: 'x', names: ['X'], rules: [{ domain: 'x-news.com' }] });
  });
});
