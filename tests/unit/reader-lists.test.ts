import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase, type BackstoryDatabase } from '@/lib/db/database';
import {
  getOutletNote,
  importList,
  listsFor,
  ratingsForDomain,
  readerViewOf,
  removeList,
  removeOutletNote,
  setOutletNote,
} from '@/lib/db/reader-lists';
import { MAX_LIST_BYTES, parseReaderList, type ParsedReaderList } from '@/lib/outlets/reader-lists';

const NOW = Date.UTC(2025, 2, 1);

function parsed(text: string, fileName?: string): ParsedReaderList {
  const result = parseReaderList(text, fileName);
  if (!result.ok) throw new Error(result.error);
  return result.list;
}

describe('parseReaderList: CSV', () => {
  it('reads a header row, quoted fields with commas and doubled quotes, and URLs as domains', () => {
    const csv = [
      'Domain,Reliability,Bias,Note',
      'www.cnn.com,high,left-center,',
      '"https://edition.cnn.com/2024/x","should not replace the first",,duplicate',
      'https://www.globalresearch.ca/article/123,"low, see ""our review""",,"checked by the desk, 2024"',
      '',
      'sott.net,,,no rating here',
      'not a domain,high,,',
      'bbc.co.uk,,center,"line one',
      'line two"',
    ].join('\r\n');
    const result = parseReaderList(csv, 'Newsroom list.csv');
    expect(result).toEqual({
      ok: true,
      list: {
        name: 'Newsroom list',
        ratings: [
          { domain: 'cnn.com', aspect: 'reliability', rating: 'high' },
          { domain: 'cnn.com', aspect: 'bias', rating: 'left-center' },
          { domain: 'globalresearch.ca', aspect: 'reliability', rating: 'low, see "our review"', note: 'checked by the desk, 2024' },
          { domain: 'bbc.co.uk', aspect: 'bias', rating: 'center', note: 'line one line two' },
        ],
      },
      skipped: [
        { line: 3, reason: 'cnn.com already has a reliability rating (line 2)' },
        { line: 6, reason: 'no rating for sott.net' },
        { line: 7, reason: '"not a domain" is not a web domain' },
      ],
    });
  });

  it('takes a generic rating column as reliability, or as the aspect a row names', () => {
    expect(parsed('domain,rating\nexample.com,87.5').ratings).toEqual([{ domain: 'example.com', aspect: 'reliability', rating: '87.5' }]);
    expect(parsed('domain,aspect,rating\nexample.com,bias,right\nexample.org,reliability,mixed').ratings).toEqual([
      { domain: 'example.com', aspect: 'bias', rating: 'right' },
      { domain: 'example.org', aspect: 'reliability', rating: 'mixed' },
    ]);
  });

  it('reads semicolon-separated files from spreadsheets, with a byte-order mark', () => {
    expect(parsed('\uFEFFdomain;reliability\nexample.com;faible').ratings).toEqual([
      { domain: 'example.com', aspect: 'reliability', rating: 'faible' },
    ]);
  });

  it('names the list after the file, or says it was imported', () => {
    expect(parsed('domain,bias\nexample.com,left', 'C:\\lists\\research.csv').name).toBe('research');
    expect(parsed('domain,bias\nexample.com,left').name).toBe('Imported list');
  });
});

describe('parseReaderList: JSON', () => {
  it('reads an array of entries', () => {
    const json = JSON.stringify([
      { domain: 'cnn.com', reliability: 'high', bias: 'left-center', note: 'ok' },
      { domain: 'https://www.sott.net/x', rating: 'low' },
      { domain: 42 },
      'nonsense',
    ]);
    expect(parseReaderList(json, 'ratings.json')).toEqual({
      ok: true,
      list: {
        name: 'ratings',
        ratings: [
          { domain: 'cnn.com', aspect: 'reliability', rating: 'high', note: 'ok' },
          { domain: 'cnn.com', aspect: 'bias', rating: 'left-center', note: 'ok' },
          { domain: 'sott.net', aspect: 'reliability', rating: 'low' },
        ],
      },
      skipped: [
        { line: 3, reason: '"42" is not a web domain' },
        { line: 4, reason: 'no domain' },
      ],
    });
  });

  it('reads a named list', () => {
    const json = JSON.stringify({ name: 'Desk list 2025', ratings: [{ domain: 'bbc.co.uk', reliability: 'generally reliable' }] });
    expect(parsed(json, 'x.json')).toEqual({ name: 'Desk list 2025', ratings: [{ domain: 'bbc.co.uk', aspect: 'reliability', rating: 'generally reliable' }] });
  });
});

describe('parseReaderList: files it refuses', () => {
  const refused = (text: string, fileName?: string) => {
    const result = parseReaderList(text, fileName);
    expect(result.ok).toBe(false);
    return result.ok ? '' : result.error;
  };

  it('refuses what is not a CSV or JSON list, with a message a reader understands', () => {
    expect(refused('Hello, this is a letter.\nRegards')).toMatch(/"domain" column/);
    expect(refused('just some words')).toMatch(/does not look like a CSV or JSON list/);
    expect(refused('PK\u0003\u0004\u0014\u0000binary', 'list.xlsx')).toMatch(/binary file.*Save it as CSV/);
    expect(refused('', 'empty.csv')).toMatch(/empty/);
    expect(refused('{"domain": "cnn.com",', 'broken.json')).toMatch(/not valid JSON/);
    expect(refused('{"sites": []}', 'x.json')).toMatch(/Expected a JSON array/);
  });

  it('refuses a CSV without a domain column or without a rating column', () => {
    expect(refused('site name,reliability\nCNN,high')).toMatch(/The first row needs a "domain" column \(it has: site name, reliability\)/);
    expect(refused('domain,owner\ncnn.com,WBD')).toMatch(/"reliability", "rating" or "bias" column/);
  });

  it('refuses a list with no usable row, saying why', () => {
    expect(refused('domain,reliability\nnot a domain,high\ncnn.com,')).toMatch(/No usable rows.*line 2: "not a domain" is not a web domain/);
    expect(refused('[]', 'x.json')).toMatch(/No usable rows/);
  });

  it('refuses files over 2 MB and lists over 20,000 rows', () => {
    const big = `domain,reliability\n${'example.com,high\n'.repeat(Math.ceil(MAX_LIST_BYTES / 17) + 1)}`;
    expect(refused(big)).toMatch(/larger than 2 MB/);
    const many = `domain,reliability\n${Array.from({ length: 20_001 }, (_, i) => `s${i}.com,x`).join('\n')}`;
    expect(refused(many)).toMatch(/20,001 rows; Backstory imports up to 20,000/);
    expect(refused(JSON.stringify(Array.from({ length: 20_001 }, () => ({ domain: 'a.com', rating: 'x' }))), 'a.json')).toMatch(/20,001 entries/);
  });
});

describe('reader lists in the database', () => {
  let db: BackstoryDatabase;
  afterEach(async () => {
    await db?.delete();
  });

  it('imports a list and shows its ratings as assessments by the list, until it is removed', async () => {
    db = openDatabase(`test-${Math.random()}`);
    const list = await importList(db, parsed('domain,reliability,bias,note\ncnn.com,high,left-center,from the desk\nsott.net,low,,', 'Desk.csv'), 'Desk.csv', NOW);
    expect(list).toMatchObject({ name: 'Desk', fileName: 'Desk.csv', importedAt: NOW, count: 2 });
    expect(await listsFor(db)).toEqual([list]);

    expect(await ratingsForDomain(db, 'https://edition.cnn.com/2025/story')).toEqual([
      { by: 'Desk', aspect: 'reliability', rating: 'high', scale: 'your imported list', asOf: '2025-03-01', note: 'from the desk' },
      { by: 'Desk', aspect: 'bias', rating: 'left-center', scale: 'your imported list', asOf: '2025-03-01' },
    ]);
    expect(await ratingsForDomain(db, 'bbc.co.uk')).toEqual([]);

    expect(await removeList(db, list.id)).toBe(true);
    expect(await ratingsForDomain(db, 'cnn.com')).toEqual([]);
    expect(await db.readerRatings.count()).toBe(0);
    expect(await listsFor(db)).toEqual([]);
    expect(await removeList(db, list.id)).toBe(false);
  });

  it('keeps several lists apart, gives a repeated name a number, and removes only the one asked', async () => {
    db = openDatabase(`test-${Math.random()}`);
    const a = await importList(db, parsed('domain,rating\ncnn.com,A-rating', 'Lab.csv'), 'Lab.csv', NOW);
    const b = await importList(db, parsed('domain,rating\ncnn.com,B-rating', 'Lab.csv'), 'Lab.csv', NOW + 1);
    expect(b.name).toBe('Lab (2)');
    expect((await ratingsForDomain(db, 'cnn.com')).map((r) => `${r.by}: ${r.rating}`)).toEqual(['Lab: A-rating', 'Lab (2): B-rating']);
    await removeList(db, a.id);
    expect((await ratingsForDomain(db, 'cnn.com')).map((r) => r.by)).toEqual(['Lab (2)']);
  });

  it('changes nothing when an import fails part way', async () => {
    db = openDatabase(`test-${Math.random()}`);
    await importList(db, parsed('domain,rating\ncnn.com,x', 'one.csv'), 'one.csv', NOW);
    const bad: ParsedReaderList = { name: 'bad', ratings: [{ domain: 'cnn.com', aspect: 'reliability', rating: 'x' }, { domain: undefined as unknown as string, aspect: 'bias', rating: 'y' }] };
    await expect(importList(db, bad, 'bad.csv', NOW)).rejects.toThrow();
    expect((await listsFor(db)).map((l) => l.name)).toEqual(['one']);
    expect(await db.readerRatings.count()).toBe(1);
  });

  it("keeps the reader's own note on an outlet, by registrable domain", async () => {
    db = openDatabase(`test-${Math.random()}`);
    expect(await setOutletNote(db, 'https://www.globalresearch.ca/x', '  Check claims against the originals.  ', NOW)).toEqual({
      domain: 'globalresearch.ca',
      body: 'Check claims against the originals.',
      updatedAt: NOW,
    });
    expect((await getOutletNote(db, 'globalresearch.ca'))?.body).toBe('Check claims against the originals.');
    expect(await readerViewOf(db, 'globalresearch.ca')).toEqual({
      assessments: [],
      note: { domain: 'globalresearch.ca', body: 'Check claims against the originals.', updatedAt: NOW, by: 'you' },
    });
    await setOutletNote(db, 'globalresearch.ca', 'Edited.', NOW + 1);
    expect(await getOutletNote(db, 'globalresearch.ca')).toMatchObject({ body: 'Edited.', updatedAt: NOW + 1 });
    await removeOutletNote(db, 'globalresearch.ca');
    expect(await getOutletNote(db, 'globalresearch.ca')).toBeUndefined();
    await setOutletNote(db, 'cnn.com', 'x', NOW);
    expect(await setOutletNote(db, 'cnn.com', '   ', NOW)).toBeUndefined(); // an emptied note is removed
    expect(await db.outletNotes.count()).toBe(0);
    await expect(setOutletNote(db, 'localhost', 'x')).rejects.toThrow(/not a web domain/);
  });
});
