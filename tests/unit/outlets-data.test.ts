// The shipped files' text format, GDELT coverage lookups, ratings scoped to part of an outlet,
// and the article's cited outlets — on small directories written here.
import { describe, expect, it } from 'vitest';
import { citedOutlets } from '@/lib/outlets/cited';
import { coverageFor, parseCoverage } from '@/lib/outlets/coverage';
import { coverageFiles, directoryFiles, namesText, ratingsFiles, recordFromRow, recordShards, ruleFromText, ruleText, splitFile } from '@/lib/outlets/data-text';
import { OUTLET_FILES } from '@/lib/outlets/data-format';
import { shardOf } from '@/lib/outlets/shards';
import type { DatasetInfo, OutletRecord } from '@/lib/outlets/data-format';
import { addRatingsShard, addShard, allRecords, buildDirectory, directoryOfRecords, ratingsOf } from '@/lib/outlets/directory';
import { findByName } from '@/lib/outlets/names';
import { directoryOnFirstUse, loadDirectory, lookUpOriginal, lookUpSite } from '@/lib/outlets/load';
import { resolveOriginalSource, resolveSite } from '@/lib/outlets/match';
import type { LinkSpan } from '@/lib/page/types';

const dataset = (label: string, extra: Partial<DatasetInfo> = {}): DatasetInfo => ({
  label,
  title: `${label} data`,
  credit: `${label} contributors (CC0)`,
  licence: 'CC0 1.0',
  licenceUrl: 'https://creativecommons.org/publicdomain/zero/1.0/',
  url: `https://example.org/${label.toLowerCase()}`,
  asOf: '2023-04-20',
  ...extra,
});

const DATASETS = { wd: dataset('Wikidata', { itemUrl: 'https://www.wikidata.org/wiki/{id}' }), gdelt: dataset('GDELT') };
const RECORDS: OutletRecord[] = [
  {
    id: 'stone',
    names: ['Rolling Pebble'],
    domains: ['pebblenews.com', 'council.pebblenews.com'],
    sources: ['wd:Q1', { label: "the outlet's website", url: 'https://pebblenews.com/about' }],
    facts: { country: [['US', 0], ['GB', 1]], founded: [[1967, 0]] },
  },
  { id: 'desk', names: ['The Desk'], domains: [{ domain: 'newsstandreader.com', pathPrefix: '/uk/the-desk' }] },
  { id: 'chaingazettes.com', names: [], domains: ['chaingazettes.com'], sources: ['wd:Q2', 'wd:Q3'], facts: { titles: [['North Gazette', 0], ['South Gazette', 1]] } },
];
const RATER = {
  dataset: 'rater',
  datasetInfo: dataset('Rater', { itemUrl: 'https://rater.example/{id}', licence: 'CC BY-SA 4.0' }),
  by: 'The Rater',
  scale: 'good · mixed · poor',
};
const SHARDS = 4;
const RATINGS = ratingsFiles(
  RATER,
  [
    { outlet: 'stone', aspect: 'reliability', rating: 'good', qualifier: '(culture)', asOf: '2021', item: 'WP:STONE' },
    { outlet: 'stone', aspect: 'reliability', rating: 'poor', qualifier: '(politics)', asOf: '2023', appliesTo: [{ domain: 'pebblenews.com', pathPrefix: '/politics' }] },
  ],
  (outlet) => recordShards(RECORDS.find((r) => r.id === outlet)!, SHARDS),
  SHARDS,
);
const COVERAGE = coverageFiles(
  { dataset: 'gdelt', datasetInfo: DATASETS.gdelt, threshold: { minMentions: 100, minShare: 0.5 } },
  [
    { host: 'pebblenews.com', country: 'US', mentions: 5000, share: 0.8 },
    { host: 'onlygdelt.org', country: 'CA', mentions: 300, share: 0.6 },
    { host: 'newsstandreader.com', country: 'GB', mentions: 900, share: 0.7 },
    { host: 'sub.bigsite.de', country: 'FR', mentions: 200, share: 0.9 },
    { host: 'bigsite.de', country: 'DE', mentions: 9000, share: 0.55 },
  ],
  SHARDS,
);
const FILES = directoryFiles({ built: '2026-12-04', shards: SHARDS, datasets: DATASETS }, RECORDS);
const directory = directoryOfRecords(RECORDS, { datasets: DATASETS, ratings: RATINGS, coverage: COVERAGE, shards: SHARDS });

/** The shipped files of the small directory, as a loader answers them, counting what it is asked. */
function loader(missing: string[] = []) {
  const files = new Map<string, string>([[OUTLET_FILES.header, FILES.header]]);
  RATINGS.forEach((text, n) => files.set(OUTLET_FILES.ratingsShard('ratings-wikipedia-rsp', n), text));
  FILES.shards.forEach((text, n) => files.set(OUTLET_FILES.directoryShard(n), text));
  COVERAGE.forEach((text, n) => files.set(OUTLET_FILES.coverageShard(n), text));
  files.set(OUTLET_FILES.names, namesText(RECORDS));
  const asked: string[] = [];
  const load = async (file: string) => {
    asked.push(file);
    const text = files.get(file);
    if (text === undefined || missing.includes(file)) throw new Error(`no ${file}`);
    return text;
  };
  return { load, asked };
}

describe('directory files', () => {
  it('writes each record into the shard of each of its domains, and reads it back the same', () => {
    const rows = FILES.shards.flatMap((text) => splitFile(text).rows);
    const desk = rows.find((r) => r.split('\t')[1] === 'desk')!;
    expect(desk.split('\t').slice(0, 3)).toEqual(['1', 'desk', 'newsstandreader.com/uk/the-desk']);
    expect(recordFromRow(desk)).toEqual(RECORDS[1]);
    expect(shardOf('www.pebblenews.com', SHARDS)).toBe(shardOf('council.pebblenews.com', SHARDS));
    expect(allRecords(directory)).toEqual(RECORDS);
    expect(ruleFromText(ruleText({ domain: 'a.example', pathPrefix: '/x/y' }))).toEqual({ domain: 'a.example', pathPrefix: '/x/y' });
  });

  it('keeps each coverage shard sorted so a host is found by halving', () => {
    const shard = shardOf('bigsite.de', SHARDS);
    const table = parseCoverage(COVERAGE[shard]);
    expect(table.lines.map((l) => l.split('\t')[0])).toEqual([...table.lines.map((l) => l.split('\t')[0])].sort());
    expect(coverageFor(table, 'sub.bigsite.de', 'bigsite.de')).toMatchObject({ country: 'FR' });
    expect(coverageFor(table, 'other.bigsite.de', 'bigsite.de')).toMatchObject({ country: 'DE' });
    // An outlet that is one host of a shared domain does not inherit the domain's figures.
    expect(coverageFor(table, 'other.bigsite.de', 'other.bigsite.de')).toBeNull();
  });

  it('reads only the header, then the shard a page needs (records, coverage, ratings); the names only for a named source', async () => {
    const { load, asked } = loader();
    const loaded = await directoryOnFirstUse(load)();
    expect(asked).toEqual(['directory.json']);
    asked.length = 0;
    const site = await lookUpSite(loaded, load, 'https://www.pebblenews.com/politics/x');
    expect(site.match?.profile.names).toEqual(['Rolling Pebble']);
    expect(site.match?.profile.assessments.map((a) => a.rating)).toEqual(['good', 'poor']);
    const shard = shardOf('pebblenews.com', SHARDS);
    expect(asked.sort()).toEqual(
      [
        OUTLET_FILES.coverageShard(shard),
        OUTLET_FILES.directoryShard(shard),
        OUTLET_FILES.ratingsShard('ratings-opensources', shard),
        OUTLET_FILES.ratingsShard('ratings-wikipedia-rsp', shard),
      ].sort(),
    );
    asked.length = 0;
    await Promise.all([lookUpSite(loaded, load, 'https://pebblenews.com/a'), lookUpSite(loaded, load, 'https://pebblenews.com/b')]);
    expect(asked).toEqual([]);
    expect((await lookUpOriginal(loaded, load, { name: 'Rolling Pebble', url: '#' }))?.id).toBe('stone');
    expect(asked).toContain(OUTLET_FILES.names);
  });

  it('loads without a rater file or a coverage shard that is missing, and fails without its header', async () => {
    const shard = shardOf('pebblenews.com', SHARDS);
    const { load } = loader([OUTLET_FILES.ratingsShard('ratings-wikipedia-rsp', shard), OUTLET_FILES.coverageShard(shard)]);
    const loaded = await loadDirectory(load);
    const site = await lookUpSite(loaded, load, 'https://pebblenews.com/politics/x');
    expect(site.match?.profile.assessments).toEqual([]);
    expect(site.coverage).toBeNull();
    await expect(loadDirectory(async () => Promise.reject(new Error('gone')))).rejects.toThrow('gone');
    // A lookup on a shard nobody read is an error, not a silent "unknown".
    expect(() => resolveSite('https://pebblenews.com/', buildDirectory({ header: FILES.header }))).toThrow(/not read/);
  });

  it('writes each rating in every shard of its outlet, and does not remember "no ratings" for a shard not read yet', () => {
    const shard = shardOf('pebblenews.com', SHARDS);
    expect(RATINGS.map((text) => splitFile(text).rows.length)).toEqual(RATINGS.map((_, n) => (n === shard ? 2 : 0)));
    const partial = buildDirectory({ header: FILES.header });
    expect(ratingsOf(partial, 'stone', shard)).toEqual([]);
    addRatingsShard(partial, RATINGS[shard]);
    addShard(partial, shard, FILES.shards[shard]);
    expect(ratingsOf(partial, 'stone', shard).map((r) => r.rating.rating)).toEqual(['good', 'poor']);
  });
});

const link = (start: number, url: string, verdict: LinkSpan['verdict'] = 'external'): LinkSpan => ({ start, end: start + 4, text: url.slice(8, 20), href: url, url, verdict, why: '' });

describe('profiles assembled for a page', () => {
  it('writes each fact out with its source, date, link and credit, and keeps disagreeing values', () => {
    const profile = resolveSite('https://www.pebblenews.com/music/x', directory).match!.profile;
    expect(profile.country).toEqual([
      { value: 'US', source: { label: 'Wikidata', url: 'https://www.wikidata.org/wiki/Q1', asOf: '2023-04-20', credit: 'Wikidata contributors (CC0)', licenceUrl: 'https://creativecommons.org/publicdomain/zero/1.0/' } },
      { value: 'GB', source: { label: "the outlet's website", url: 'https://pebblenews.com/about' } },
    ]);
    expect(profile.coverage).toMatchObject({ value: { country: 'US', mentions: 5000 }, source: { label: 'GDELT' } });
  });

  it('applies a rating scoped to a path only to pages under it, with the rater’s scale, date, link and credit', () => {
    const music = resolveSite('https://pebblenews.com/music/x', directory).match!.profile.assessments;
    const politics = resolveSite('https://pebblenews.com/politics/x', directory).match!.profile.assessments;
    expect(music.map((a) => a.rating)).toEqual(['good']);
    expect(politics.map((a) => a.rating)).toEqual(['good', 'poor']);
    expect(music[0]).toMatchObject({ by: 'The Rater', scale: 'good · mixed · poor', asOf: '2021', url: 'https://rater.example/WP:STONE', credit: 'Rater contributors (CC0)' });
  });

  it('gives a site known only to GDELT its coverage and no outlet', () => {
    const only = resolveSite('https://onlygdelt.org/a', directory);
    expect(only.match).toBeNull();
    expect(only.coverage?.value.country).toBe('CA');
  });

  it('reads a site whose www. is part of its name (www.gov.uk under the public suffix gov.uk)', () => {
    expect(resolveSite('https://www.gov.uk/government/publications/x', directory)).toMatchObject({ domain: 'www.gov.uk', match: null });
    expect(citedOutlets([link(0, 'https://www.gov.uk/a')], directory).map((c) => c.domain)).toEqual(['www.gov.uk']);
  });

  it('does not give a path-scoped outlet the whole platform’s coverage', () => {
    const desk = resolveSite('https://newsstandreader.com/uk/the-desk/2024', directory);
    expect(desk.match?.matchedBy).toBe('path');
    expect(desk.coverage).toBeNull();
    expect(resolveSite('https://newsstandreader.com/fr/other', directory)).toMatchObject({ match: null, coverage: { value: { country: 'GB' } } });
  });

  it('finds an outlet by name once the name index is built, and not a shared site', () => {
    expect(findByName(directory, 'rolling pebble')?.id).toBe('stone');
    expect(resolveOriginalSource({ name: 'North Gazette' }, directory)).toBeNull();
  });
});

describe('citedOutlets', () => {

  it('groups external links by outlet, in order of first citation, with sites the directory lacks under their domain', () => {
    const cited = citedOutlets(
      [
        link(0, 'https://onlygdelt.org/report'),
        link(10, 'https://pebblenews.com/politics/a'),
        link(20, 'https://www.pebblenews.com/music/b'),
        link(30, 'https://newsstandreader.com/uk/the-desk/x'),
        link(40, 'https://selfsite.com/other', 'same-site'),
        link(50, '#', 'dead'),
        link(60, 'https://unknown-site.net/x'),
      ],
      directory,
    );
    expect(cited.map((c) => c.key)).toEqual(['onlygdelt.org', 'stone', 'desk', 'unknown-site.net']);
    expect(cited[1].links.map((l) => l.start)).toEqual([10, 20]);
    expect(cited[1].match?.profile.names[0]).toBe('Rolling Pebble');
    expect(cited[0]).toMatchObject({ match: null, coverage: { value: { country: 'CA' } } });
    expect(cited[3]).toMatchObject({ match: null, coverage: null });
  });
});
