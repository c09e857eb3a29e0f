// The shipped directory (public/outlets/) as a whole: every row well-formed, every source
// credited, no rejected rater, no domain claimed twice, the counts the directory promises — and
// the caveats of its sources, checked on real rows.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { OUTLET_FILES, type CoverageHeader, type DirectoryHeader, type RatingsHeader, type ShardHeader } from '@/lib/outlets/data-format';
import { sortedByKey } from '@/lib/outlets/sorted-lines';
import { ratingFromRow, splitFile } from '@/lib/outlets/data-text';
import { allRecords, findDuplicates, shardFor, toRule } from '@/lib/outlets/directory';
import {
  COVERAGE_ROW,
  CoverageHeaderSchema,
  DirectoryHeaderSchema,
  OutletRecordSchema,
  problemsWith,
  RatingRecordSchema,
  RatingsHeaderSchema,
  sourceIndexProblems,
} from '@/lib/outlets/file-schema';
import { resolveOriginalSource, resolveRecord, resolveSite } from '@/lib/outlets/match';
import { datasetOf } from '@/lib/outlets/sources';
import { directoryStats } from '@/lib/outlets/stats';
import { valuesOf } from '@/lib/outlets/facts';
import { outletDataDir, shippedDirectory } from '@/scripts/lib/outlet-files';
import { REJECTED_RATERS } from '@/scripts/build-outlets/rejected';

const read = (file: string) => readFileSync(path.join(outletDataDir, file), 'utf8');
const directory = shippedDirectory();
const records = allRecords(directory);
const site = (url: string) => resolveSite(url, directory);

describe('shipped outlet directory: every row', () => {
  const header = JSON.parse(read(OUTLET_FILES.header)) as DirectoryHeader;
  const shards = Array.from({ length: header.shards }, (_, n) => n);

  it('has headers of the known formats, and one file per shard', () => {
    expect(problemsWith(DirectoryHeaderSchema, header)).toEqual([]);
    for (const n of shards) {
      expect(splitFile<ShardHeader>(read(OUTLET_FILES.directoryShard(n))).header).toEqual({ format: 'backstory-outlet-shard/1', shard: n });
      expect(problemsWith(CoverageHeaderSchema, splitFile<CoverageHeader>(read(OUTLET_FILES.coverageShard(n))).header), `coverage ${n}`).toEqual([]);
    }
    for (const rater of OUTLET_FILES.raters) {
      for (const n of shards) {
        const ratingsHeader = splitFile<RatingsHeader>(read(OUTLET_FILES.ratingsShard(rater, n))).header;
        expect(problemsWith(RatingsHeaderSchema, ratingsHeader), `${rater} ${n}`).toEqual([]);
        expect(ratingsHeader.shard).toBe(n);
      }
    }
  });

  it('files every record in the shard of each of its domains', () => {
    const misplaced = records.flatMap((r) =>
      r.domains.flatMap((entry) => {
        const shard = shardFor(directory, toRule(entry).domain);
        return directory.shards.get(shard)!.rows.some((line) => line.split('\t')[1] === r.id) ? [] : [`${r.id} not in shard ${shard}`];
      }),
    );
    expect(misplaced.slice(0, 5)).toEqual([]);
  });

  it('has every outlet record pass the schema, each fact citing a source the record lists', () => {
    const bad = records.flatMap((r) => [...problemsWith(OutletRecordSchema, r), ...sourceIndexProblems(r)].map((p) => `${r.id}: ${p}`));
    expect(bad.slice(0, 10)).toEqual([]);
  });

  it('has every rating pass the schema, in a shard its outlet is in', () => {
    for (const rater of directory.raters.values()) {
      let count = 0;
      for (const [shard, lines] of rater.shards) {
        const rows = lines.map(ratingFromRow);
        count += rows.length;
        const bad = rows.flatMap((r) =>
          [...problemsWith(RatingRecordSchema, r), ...(directory.shards.get(shard)!.rows.some((line) => line.split('\t')[1] === r.outlet) ? [] : ['outlet not in this shard'])].map(
            (p) => `${r.outlet}: ${p}`,
          ),
        );
        expect(bad.slice(0, 10), `${rater.header.by} ${shard}`).toEqual([]);
      }
      expect(count, rater.header.by).toBeGreaterThan(100);
    }
  });

  it('has its ratings, names and coverage sorted for halving', () => {
    for (const rater of directory.raters.values()) for (const lines of rater.shards.values()) expect(sortedByKey(lines), rater.header.by).toBe(true);
    expect(sortedByKey(directory.names!)).toBe(true);
    for (const table of directory.coverage.values()) expect(sortedByKey(table?.lines ?? [])).toBe(true);
  });

  it('has coverage rows well-formed, in their host\'s shard, and all above the stated threshold', () => {
    for (const n of shards) {
      const { header: coverage, rows } = splitFile<CoverageHeader>(read(OUTLET_FILES.coverageShard(n)));
      expect(rows.filter((r) => !COVERAGE_ROW.test(r)).slice(0, 5)).toEqual([]);
      expect(rows.filter((r) => shardFor(directory, r.split('\t')[0]) !== n).slice(0, 5)).toEqual([]);
      const below = rows.filter((r) => {
        const [, , mentions, share] = r.split('\t');
        return Number(mentions) < coverage.threshold.minMentions || Number(share) < coverage.threshold.minShare;
      });
      expect(below).toEqual([]);
      expect(coverage.threshold).toEqual({ minMentions: 100, minShare: 0.5 });
    }
  });

  it('has no domain rule or id twice', () => {
    const dup = findDuplicates(records);
    expect(dup.ids).toEqual([]);
    expect(dup.domains.slice(0, 10)).toEqual([]);
  });

  it('resolves each record from every one of its own rules', () => {
    const wrong = records.flatMap((r) =>
      r.domains.flatMap((entry) => {
        const rule = toRule(entry);
        const url = `https://${rule.domain}${rule.pathPrefix ?? '/'}`;
        const got = resolveRecord(url, directory)?.id ?? null;
        return got === r.id ? [] : [`${url} → ${got} (expected ${r.id})`];
      }),
    );
    expect(wrong.slice(0, 10)).toEqual([]);
  });

  it('knows at least 20,000 domains, 8,000 of them with a name and a country or owner', () => {
    const stats = directoryStats(directory);
    expect(stats.totalDomains).toBeGreaterThanOrEqual(20_000);
    expect(stats.withNameAndCountryOrOwner).toBeGreaterThanOrEqual(8_000);
    // Most of the domains with an outlet record come from the open datasets, not the hand-written ones.
    expect(stats.domains).toBeGreaterThan(10_000);
  });
});

describe('shipped outlet directory: sources and licences', () => {
  const notice = readFileSync(path.join(outletDataDir, '..', '..', 'NOTICE'), 'utf8');
  const readme = readFileSync(path.join(outletDataDir, '..', '..', 'README.md'), 'utf8');

  it('gives every source a credit line, a licence link, a date and a link', () => {
    for (const [key, d] of Object.entries(directory.datasets)) {
      expect(d.credit, key).toMatch(/\w/);
      expect(d.licenceUrl, key).toMatch(/^https:\/\//);
      expect(d.url, key).toMatch(/^https:\/\//);
      expect(d.asOf, key).toMatch(/^\d{4}/);
    }
  });

  it('cites only datasets it credits, and credits each in NOTICE and README', () => {
    const used = new Set<string>();
    for (const r of records) for (const ref of r.sources ?? []) if (typeof ref === 'string') used.add(datasetOf(ref)!);
    for (const rater of directory.raters.values()) used.add(rater.header.dataset);
    used.add('gdelt'); // the coverage shards' dataset
    for (const key of used) {
      const dataset = directory.datasets[key];
      expect(dataset, key).toBeDefined();
      expect(notice, key).toContain(dataset.credit);
      expect(notice, key).toContain(dataset.licenceUrl);
      expect(readme, key).toContain(dataset.label);
    }
    expect([...used].sort()).toEqual(
      ['backstory-editors', 'fundus', 'gdelt', 'local-news-2018', 'opensources', 'qui-possede-les-medias', 'wikidata', 'wikipedia-rsp'].sort(),
    );
  });

  it('shares the Wikipedia-derived ratings under CC BY-SA 4.0, in a file of their own', () => {
    const { header } = splitFile<RatingsHeader>(read(OUTLET_FILES.ratingsShard('ratings-wikipedia-rsp', 0)));
    expect(header.datasetInfo.licence).toBe('CC BY-SA 4.0');
    expect(header.datasetInfo.credit).toMatch(/Wikipedia contributors, "Wikipedia:Reliable sources\/Perennial sources"/);
    expect(notice).toMatch(/ratings-wikipedia-rsp\/[^]*CC BY-SA 4\.0/);
  });

  it('ships no rating from a rater whose licence does not allow it', () => {
    const raters = [...[...directory.raters.values()].map((r) => r.header.by), ...records.flatMap((r) => (r.assessments ?? []).map((a) => a.by))];
    expect(raters.filter((by) => REJECTED_RATERS.test(by))).toEqual([]);
    // Wikipedia's list rates Media Bias/Fact Check itself as a source; that is Wikipedia's word, not MBFC data.
    expect([...directory.raters.keys()].sort()).toEqual(['opensources', 'wikipedia-rsp']);
  });
});

describe('shipped outlet directory: the caveats, on real rows', () => {
  it('says where coverage is focused apart from where an outlet is based', () => {
    // Radio Free Asia is based in the US and reports on Asia.
    const rfa = site('https://www.rfa.org/english/news/x');
    expect(valuesOf(rfa.match?.profile.country)).toEqual(['US']);
    expect(rfa.coverage?.source.label).toBe('GDELT');
    expect(rfa.match?.profile.coverage).toEqual(rfa.coverage);
    expect(rfa.coverage?.value.country).toBe('CN');
    // The corpus's FIPS code for the Netherlands was mapped to Bonaire; the build corrects it.
    expect(site('https://nos.nl/artikel/1').coverage?.value.country).toBe('NL');
  });

  it('shows a site GDELT alone knows only as where its coverage is focused, above the threshold', () => {
    const loc = site('https://www.loc.gov/item/x');
    expect(loc.match).toBeNull();
    expect(loc.coverage?.value).toMatchObject({ country: 'US' });
    expect(loc.coverage!.value.mentions).toBeGreaterThanOrEqual(100);
    // GDELT saw givewell.org, but too little to say anything.
    expect(site('https://www.givewell.org/').coverage).toBeNull();
  });

  it('does not take an archive or platform for a newspaper whose "official website" it hosts', () => {
    for (const url of ['https://www.loc.gov/item/sn83030213/', 'https://gallica.bnf.fr/ark:/12148/x', 'https://archive.org/details/x', 'https://infoweb.newsbank.com/x']) {
      expect(site(url).match, url).toBeNull();
    }
  });

  it('applies an entry scoped to a path only there: Rolling Stone politics, the Daily Mail on PressReader', () => {
    const politics = site('https://www.rollingstone.com/politics/politics-news/x').match!.profile.assessments;
    const music = site('https://www.rollingstone.com/music/music-news/x').match!.profile.assessments;
    expect(politics.map((a) => a.qualifier)).toEqual(expect.arrayContaining(['(culture)', '(politics and society, 2011–present)']));
    expect(politics.find((a) => a.qualifier?.includes('politics'))?.appliesTo).toEqual([{ domain: 'rollingstone.com', pathPrefix: '/politics' }]);
    expect(music.map((a) => a.qualifier)).toEqual(['(culture)']);
    expect(site('https://www.pressreader.com/uk/daily-mail/20240101').match?.profile.names[0]).toBe('Daily Mail');
    expect(site('https://www.pressreader.com/uk/daily-mail/20240101').match?.matchedBy).toBe('path');
    expect(site('https://www.pressreader.com/uk/the-times/20240101').match).toBeNull();
  });

  it('matches an entry for one host of a shared domain only on that host', () => {
    expect(site('https://abcnews.go.com/US/story?id=1').match?.profile.names[0]).toBe('ABC News');
    expect(site('https://www.espn.go.com/x').match).toBeNull();
  });

  it("lists a chain's shared site by its titles and says nothing of one title as the site's", () => {
    const chain = site('https://www.mykawartha.com/news/x').match!.profile;
    expect(chain.names).toEqual([]);
    expect(valuesOf(chain.titles)).toEqual(expect.arrayContaining(['Brock Citizen', 'Peterborough This Week']));
    expect(chain.founded).toBeUndefined();
    expect(chain.owner).toBeUndefined();
  });

  it('keeps facts two sources disagree on side by side, each with its source', () => {
    const nyt = site('https://www.nytimes.com/2024/01/01/x.html').match!.profile;
    const countries = nyt.country!.map((f) => [f.value, f.source.label]);
    expect(countries).toEqual(expect.arrayContaining([['US', 'Wikipedia'], ['FR', 'Wikidata']]));
  });

  it('says a title has closed, and lists a closed predecessor of a living outlet as a past title', () => {
    const closed = records.find((r) => r.facts?.dissolved && !r.facts.titles);
    expect(closed).toBeDefined();
    expect(site(`https://${toRule(closed!.domains[0]).domain}/`).match?.profile.dissolved?.[0].source.label).toBe('Wikidata');
    const lidovky = site('https://www.lidovky.cz/').match!.profile;
    expect(lidovky.dissolved).toBeUndefined();
    expect(valuesOf(lidovky.titles)).toContain('Lidové noviny (closed 1952)');
  });

  it("gives Wikipedia's status per use, with its year, qualifier and a link to the entry", () => {
    const fox = site('https://www.foxnews.com/politics/x').match!.profile.assessments.filter((a) => a.by === "Wikipedia's perennial sources list");
    expect(fox.map((a) => a.qualifier).sort()).toEqual(['(news excluding politics and science)', '(politics and science)', '(talk shows)']);
    for (const a of fox) {
      expect(a.asOf).toMatch(/^\d{4}$/);
      expect(a.url).toMatch(/^https:\/\/en\.wikipedia\.org\/wiki\/WP:/);
      expect(a.credit).toMatch(/CC BY-SA 4\.0/);
    }
  });

  it('keeps satire, state media and reliability apart, and dates OpenSources labels 2017', () => {
    const onion = site('https://www.theonion.com/x').match!.profile.assessments.filter((a) => a.by === 'OpenSources');
    expect(onion).toEqual([expect.objectContaining({ aspect: 'satire', rating: 'satire', asOf: '2017' })]);
    const openSources = directory.raters.get('opensources')!;
    const all = [...openSources.shards.values()].flat().map(ratingFromRow);
    expect(new Set(all.map((a) => a.aspect))).toEqual(new Set(['reliability', 'bias', 'satire', 'state-media', 'content']));
    expect(all.every((a) => a.asOf === '2017')).toBe(true);
    expect(openSources.header.datasetInfo.title).toMatch(/2017; no longer updated/);
  });

  it('knows the seed cross-post: Global Research, and Sott.net as its original source', () => {
    const gr = site('https://www.globalresearch.ca/as-russia-liberates-syria-from-isis/5608522').match!.profile;
    expect(gr.names[0]).toBe('Global Research');
    expect(valuesOf(gr.organization)).toContain('Centre for Research on Globalization');
    expect(valuesOf(gr.country)).toEqual(['CA']);
    expect(valuesOf(gr.founded)).toEqual([2001]);
    expect(gr.assessments.find((a) => a.by === "Wikipedia's perennial sources list")).toMatchObject({ rating: 'generally unreliable', asOf: '2019' });
    for (const name of ['Sott.net', 'SOTT', 'Signs of the Times']) {
      expect(resolveOriginalSource({ name, url: '#' }, directory)?.domains.map((d) => toRule(d).domain), name).toContain('sott.net');
    }
  });
});
