// Exports a reader can use: Markdown that reads well and shows page text as text, and Web
// Annotation JSON that follows the W3C model.
import { describe, expect, it } from 'vitest';
import type { NoteRow } from '@/lib/notes/schema';
import { escapeMarkdown, notesToMarkdown, notesToWebAnnotations } from '@/lib/notes/export';

const SEED_URL = 'https://www.globalresearch.ca/as-russia-liberates-syria/5608577';

function note(over: Partial<NoteRow> & { quote: string; start: number }): NoteRow {
  const { start, ...rest } = over;
  return {
    id: crypto.randomUUID(),
    url: SEED_URL,
    pageTitle: 'As Russia Liberates Syria from ISIS, America Saves ISIS from Russia',
    host: 'www.globalresearch.ca',
    selectors: [
      { type: 'TextQuoteSelector', exact: over.quote, prefix: 'before ', suffix: ' after' },
      { type: 'TextPositionSelector', start, end: start + over.quote.length },
    ],
    body: '',
    tags: [],
    createdAt: Date.UTC(2025, 2, 4, 10),
    updatedAt: Date.UTC(2025, 2, 4, 10),
    ...rest,
  };
}

const notes: NoteRow[] = [
  note({
    quote: 'Deir ez Zor is a case in point.',
    start: 2000,
    body: 'Compare with the coverage of Mosul.\nSame week.',
    tags: ['Syria', 'media coverage'],
  }),
  note({
    quote: "Once the Russian military intervened on September 30th 2015, however, ISIS and the assorted other jihadi 'rebel' groups saw their territory and numbers rapidly reduced",
    start: 752,
    body: 'Check the date against the Russian MoD announcement.',
    tags: ['dates'],
    updatedAt: Date.UTC(2025, 2, 6, 9),
  }),
  note({
    url: 'https://example.com/[draft](x)',
    pageTitle: 'A *bold* [title] <script>',
    host: 'example.com',
    quote: 'first line\n\nsecond paragraph',
    start: 5,
    body: '<img src=x onerror=alert(1)>',
    createdAt: Date.UTC(2025, 0, 1),
    updatedAt: Date.UTC(2025, 0, 1),
  }),
];

describe('notesToMarkdown', () => {
  const md = notesToMarkdown(notes, { exportedAt: Date.UTC(2025, 2, 7) });

  it('groups notes by page under a link, in reading order, with quote, body, tags and date', () => {
    expect(md).toContain('# Notes from Backstory\n\n3 notes on 2 pages, exported 2025-03-07.');
    expect(md).toContain(`## [As Russia Liberates Syria from ISIS, America Saves ISIS from Russia](${SEED_URL})`);
    const first = md.indexOf('> Once the Russian');
    const second = md.indexOf('> Deir ez Zor');
    expect(first).toBeGreaterThan(0);
    expect(second).toBeGreaterThan(first); // position 752 before 2000
    expect(md).toContain('Compare with the coverage of Mosul.\\\nSame week.');
    expect(md).toContain('#Syria · #media-coverage · 2025-03-04');
    expect(md).toContain('#dates · 2025-03-04 (edited 2025-03-06)');
  });

  it('keeps hostile text inert: escaped titles, link targets, quotes and bodies', () => {
    expect(md).toContain('## [A \\*bold\\* \\[title\\] &lt;script&gt;](https://example.com/[draft]%28x%29)');
    expect(md).toContain('> first line\n>\n> second paragraph');
    expect(md).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(md).not.toMatch(/<img|<script/);
  });

  it('escapes what would start Markdown blocks', () => {
    expect(escapeMarkdown('# not a heading\n- not a list\n1. not a list\n> not a quote')).toBe(
      '\\# not a heading\n\\- not a list\n1\\. not a list\n&gt; not a quote',
    );
    expect(escapeMarkdown('a & b `code` _x_')).toBe('a &amp; b \\`code\\` \\_x\\_');
  });
});

describe('notesToWebAnnotations', () => {
  it('writes a W3C AnnotationCollection with bodies, tags, selectors and times', () => {
    const doc = notesToWebAnnotations(notes);
    expect(doc).toMatchObject({
      '@context': 'http://www.w3.org/ns/anno.jsonld',
      type: 'AnnotationCollection',
      generator: 'Backstory',
      backstoryVersion: 1,
      total: 3,
    });
    expect(doc.items[0]).toEqual({
      id: `urn:uuid:${notes[0].id}`,
      type: 'Annotation',
      created: '2025-03-04T10:00:00.000Z',
      modified: '2025-03-04T10:00:00.000Z',
      body: [
        { type: 'TextualBody', value: 'Compare with the coverage of Mosul.\nSame week.', purpose: 'commenting', format: 'text/plain' },
        { type: 'TextualBody', value: 'Syria', purpose: 'tagging' },
        { type: 'TextualBody', value: 'media coverage', purpose: 'tagging' },
      ],
      target: { source: SEED_URL, selector: notes[0].selectors },
      backstory: { pageTitle: notes[0].pageTitle, host: 'www.globalresearch.ca' },
    });
    expect(JSON.parse(JSON.stringify(doc))).toEqual(doc);
  });
});
