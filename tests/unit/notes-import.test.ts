// Import reads Backstory's export back without loss and without duplicates, reads other tools'
// Web Annotations where it can, and refuses what it cannot with a reason for the reader.
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase, type BackstoryDatabase } from '@/lib/db/database';
import type { NoteRow } from '@/lib/notes/schema';
import { allNotes, createNote, importNotes } from '@/lib/db/notes';
import { describeRange } from '@/lib/anchoring/describe';
import { notesToWebAnnotations } from '@/lib/notes/export';
import { parseWebAnnotations, stableUuid } from '@/lib/notes/import';

const TEXT = 'Back in September 2015, ISIS had been rampaging across Syria. The Russian military intervened. Deir ez Zor was liberated.';
let db: BackstoryDatabase;
afterEach(async () => {
  await db?.delete();
});

async function seedNotes(): Promise<NoteRow[]> {
  db = openDatabase(`import-${Math.random()}`);
  const passages = ['Back in September 2015', 'The Russian military intervened.', 'Deir ez Zor'];
  const out: NoteRow[] = [];
  for (const [i, p] of passages.entries()) {
    const s = TEXT.indexOf(p);
    out.push(
      await createNote(
        db,
        {
          url: i === 2 ? 'https://example.com/x?id=1' : 'https://www.globalresearch.ca/story/5608577',
          ...(i === 1 ? {} : { pageTitle: `Title ${i}` }),
          host: i === 2 ? 'example.com' : 'www.globalresearch.ca',
          selectors: describeRange(TEXT, s, s + p.length),
          quote: p,
          body: i === 0 ? '<img src=x onerror=alert(1)>\n\nSecond paragraph' : i === 1 ? '' : 'plain',
          tags: i === 0 ? ['Syria', 'x-ray'] : [],
        },
        1_700_000_000_123 + i,
      ),
    );
  }
  return out;
}

describe('export → wipe → import', () => {
  it('restores identical rows (ids, selectors, bodies, tags, times) and adds nothing the second time', async () => {
    const notes = await seedNotes();
    const file = JSON.parse(JSON.stringify(notesToWebAnnotations(notes)));
    await db.notes.clear();

    const parsed = parseWebAnnotations(file);
    expect(parsed.rejected).toEqual([]);
    expect(parsed.error).toBeUndefined();
    expect(await importNotes(db, parsed.notes)).toEqual({ added: 3, skipped: 0, rejected: [] });
    const restored = await db.notes.toArray();
    expect(restored.sort((a, b) => a.createdAt - b.createdAt)).toStrictEqual(notes);
    expect((await allNotes(db)).notes[2].body).toBe('<img src=x onerror=alert(1)>\n\nSecond paragraph');

    expect(await importNotes(db, parseWebAnnotations(file).notes)).toEqual({ added: 0, skipped: 3, rejected: [] });
    expect(await db.notes.count()).toBe(3);
  });
});

describe('parseWebAnnotations', () => {
  const annotation = {
    '@context': 'http://www.w3.org/ns/anno.jsonld',
    id: 'https://annotations.example/a/42',
    type: 'Annotation',
    created: '2024-05-01T12:00:00Z',
    body: [
      { type: 'TextualBody', value: 'Interesting', purpose: 'commenting' },
      { type: 'TextualBody', value: 'economy', purpose: 'tagging' },
      'https://example.com/linked-body',
    ],
    target: {
      source: 'https://news.example/story?id=7&utm_source=feed#top',
      selector: [{ type: 'RangeSelector' }, { type: 'TextQuoteSelector', exact: 'inflation rose', prefix: 'said ', suffix: ' sharply' }],
    },
  };

  it('accepts a single Annotation and a plain array, from other tools too', () => {
    const one = parseWebAnnotations(annotation, { now: 5 });
    expect(one.rejected).toEqual([]);
    expect(one.notes).toEqual([
      {
        id: stableUuid('https://annotations.example/a/42'),
        url: 'https://news.example/story?id=7',
        host: 'news.example',
        selectors: [{ type: 'TextQuoteSelector', exact: 'inflation rose', prefix: 'said ', suffix: ' sharply' }],
        quote: 'inflation rose',
        body: 'Interesting',
        tags: ['economy'],
        createdAt: Date.UTC(2024, 4, 1, 12),
        updatedAt: Date.UTC(2024, 4, 1, 12),
      },
    ]);
    expect(parseWebAnnotations([annotation, annotation]).notes).toHaveLength(2);
    expect(parseWebAnnotations({ type: 'AnnotationPage', items: [annotation] }).notes).toHaveLength(1);
    // A foreign id always maps to the same note, so importing the file again adds nothing.
    expect(parseWebAnnotations(annotation).notes[0].id).toBe(one.notes[0].id);
    expect(one.notes[0].id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it('refuses a file that is not an export, or of an unknown version, as a whole', () => {
    for (const bad of [null, 'text', 42, {}, { type: 'AnnotationCollection' }, { items: [annotation] }]) {
      expect(parseWebAnnotations(bad)).toEqual({ notes: [], rejected: [], error: 'not a Backstory/Web Annotation export' });
    }
    const future = { type: 'AnnotationCollection', generator: 'Backstory', backstoryVersion: 7, items: [annotation] };
    expect(parseWebAnnotations(future).error).toMatch(/^unknown version 7/);
    expect(parseWebAnnotations(future).notes).toEqual([]);
  });

  it('rejects malformed items with reasons and keeps the rest', () => {
    const file = {
      type: 'AnnotationCollection',
      backstoryVersion: 1,
      items: [
        annotation,
        'not an object',
        { ...annotation, type: 'Note' },
        { ...annotation, target: 'https://news.example/story' },
        { ...annotation, target: { source: 'ftp://x/y', selector: annotation.target.selector } },
        { ...annotation, created: 'yesterday' },
        { ...annotation, body: { type: 'TextualBody', value: 'x'.repeat(20_001) } },
        { ...annotation, id: 42 },
        { ...annotation, body: [{ type: 'TextualBody', value: 'fine' }], target: { ...annotation.target, selector: { type: 'TextQuoteSelector', exact: 'inflation rose' } } },
      ],
    };
    const parsed = parseWebAnnotations(file);
    expect(parsed.notes.map((n) => n.body)).toEqual(['Interesting', 'fine']);
    expect(parsed.rejected).toEqual([
      { index: 1, reason: 'not an annotation' },
      { index: 2, reason: 'not an annotation' },
      { index: 3, reason: 'no quoted passage (TextQuoteSelector)' },
      { index: 4, reason: 'the page address is not a web page' },
      { index: 5, reason: 'created: "yesterday" is not a date' },
      { index: 6, reason: 'A note can be at most 20,000 characters long.' },
      { index: 7, reason: 'malformed annotation (id)' },
    ]);
  });

  it('keeps hostile text as plain text', async () => {
    db = openDatabase(`import-${Math.random()}`);
    const hostile = {
      ...annotation,
      body: { type: 'TextualBody', value: '<img src=x onerror=alert(1)>' },
      target: { ...annotation.target, selector: { type: 'TextQuoteSelector', exact: '<script>alert(1)</script>' } },
    };
    const { notes } = parseWebAnnotations(hostile);
    expect(notes[0]).toMatchObject({ body: '<img src=x onerror=alert(1)>', quote: '<script>alert(1)</script>' });
    expect(await importNotes(db, notes)).toMatchObject({ added: 1 });
    expect((await db.notes.toArray())[0].body).toBe('<img src=x onerror=alert(1)>');
  });
});
