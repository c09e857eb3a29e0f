// Numbers for `npm run bench` about notes, measured in Node: re-anchoring 200 notes on the seed
// article (lightly edited, as an outlet would), and the notes table with 10,000 notes in
// fake-indexeddb (slower than a browser's IndexedDB; the browser bench measures the panel).
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { analyzeHtml } from '../analyze-file';
import { fixture, fixturePath } from '../../tests/fixtures/fixtures';
import { anchorMany } from '../../lib/anchoring/anchor';
import { describeRange } from '../../lib/anchoring/describe';
import type { AnchorMethod } from '../../lib/anchoring/types';
import type { BackstoryDatabase } from '../../lib/db/database';
import type { NoteRow } from '../../lib/notes/schema';

export interface BenchPage {
  url: string;
  title: string;
  host: string;
  text: string;
}

/** The seed article's text, as the content script extracts it. */
export function seedText(): string {
  const seed = fixture('seed-globalresearch');
  return analyzeHtml(readFileSync(fixturePath(seed.name), 'utf8'), seed.url, 'seed.html', { withText: true }).text ?? '';
}

/** A small deterministic PRNG (mulberry32), so every run benches the same notes. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const TAGS = ['syria', 'russia', 'media', 'pentagon', 'sources', 'dates', 'follow-up', 'quote', 'Numbers', 'ISIS', 'kurds', 'check'];
const WORDS = 'the claim needs a source check date figure against report official statement later coverage compare outlet'.split(' ');

/** Synthetic pages: the seed text under different addresses (or the given pages). */
function benchPages(pages: number | BenchPage[]): BenchPage[] {
  if (Array.isArray(pages)) return pages;
  const text = seedText();
  return Array.from({ length: Math.max(1, pages) }, (_, i) => ({
    url: `https://news${i % 37}.example/2024/story-${i}`,
    title: `Story ${i}: ${text.slice(i % 500, (i % 500) + 50).replace(/\s+/g, ' ')}`,
    host: `news${i % 37}.example`,
    text,
  }));
}

/** `n` realistic notes spread over `pages` pages: real passages, short bodies, a few tags, a year of dates. */
export function makeNotes(n: number, pages: number | BenchPage[] = Math.ceil(n / 20), seed = 1): NoteRow[] {
  const rnd = random(seed);
  const list = benchPages(pages);
  const yearAgo = Date.UTC(2024, 0, 1);
  return Array.from({ length: n }, (_, i) => {
    const page = list[Math.floor(rnd() * list.length)];
    const len = 20 + Math.floor(rnd() * 180);
    const start = Math.floor(rnd() * Math.max(1, page.text.length - len));
    const selectors = describeRange(page.text, start, start + len);
    const createdAt = yearAgo + Math.floor(rnd() * 365 * 86_400_000);
    const words = Array.from({ length: 3 + Math.floor(rnd() * 40) }, () => WORDS[Math.floor(rnd() * WORDS.length)]);
    const tags = Array.from(new Set(Array.from({ length: Math.floor(rnd() * 4) }, () => TAGS[Math.floor(rnd() * TAGS.length)])));
    return {
      id: `00000000-0000-4000-8000-${(seed * 1_000_000 + i).toString(16).padStart(12, '0')}`,
      url: page.url,
      pageTitle: page.title,
      host: page.host,
      selectors,
      quote: selectors[0].exact,
      body: words.join(' '),
      tags,
      createdAt,
      updatedAt: createdAt + (rnd() < 0.2 ? 3_600_000 : 0),
    };
  });
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

export interface AnchoringBench {
  notes: number;
  textChars: number;
  words: number;
  /** Median ms to anchor all notes on the edited text. */
  medianMs: number;
  minMs: number;
  /** Median ms on the unchanged text (every note found at its position). */
  unchangedMs: number;
  methods: Record<AnchorMethod | 'orphan', number>;
}

/** Re-anchors `count` notes on `text` after edits: a sentence inserted at the top, words
 * changed inside some passages and a paragraph removed. */
export function benchAnchoring(options: { count?: number; runs?: number; text?: string } = {}): AnchoringBench {
  const count = options.count ?? 200;
  const runs = options.runs ?? 21;
  const text = options.text ?? seedText();
  const page: BenchPage = { url: 'https://bench.example/a', title: 'Bench', host: 'bench.example', text };
  const notes = makeNotes(count, [page], 7);

  const paragraphs = text.split('\n\n');
  let edited = 'Update: this article was revised after publication. ' + text.replace(paragraphs[Math.floor(paragraphs.length / 2)], '');
  for (const note of notes.filter((_, i) => i % 10 === 0)) {
    // Change one word in the middle of every tenth passage.
    const q = note.quote;
    const mid = q.indexOf(' ', Math.floor(q.length / 2));
    if (mid > 0) edited = edited.replace(q, q.slice(0, mid) + ' revised' + q.slice(mid));
  }

  const time = (t: string) => {
    const t0 = performance.now();
    const result = anchorMany(t, notes);
    return { ms: performance.now() - t0, result };
  };
  time(edited); // warm up the JIT
  const times: number[] = [];
  const unchanged: number[] = [];
  let last = time(edited).result;
  for (let r = 0; r < runs; r++) {
    const run = time(edited);
    times.push(run.ms);
    last = run.result;
    unchanged.push(time(text).ms);
  }
  const methods = { position: 0, quote: 0, fuzzy: 0, orphan: 0 };
  for (const { anchor } of last) methods[anchor ? anchor.method : 'orphan']++;
  return {
    notes: count,
    textChars: text.length,
    words: text.split(/\s+/).filter(Boolean).length,
    medianMs: median(times),
    minMs: Math.min(...times),
    unchangedMs: median(unchanged),
    methods,
  };
}

export interface NotesDbBench {
  notes: number;
  insertMs: number;
  firstPageMs: number;
  searchMs: number;
  searchHits: number;
  tagMs: number;
  allTagsMs: number;
  pageNotesMs: number;
}

/** The notes table with `n` notes (fake-indexeddb when there is no IndexedDB, as in Node). */
export async function benchNotesDb(n = 10_000): Promise<NotesDbBench> {
  if (typeof indexedDB === 'undefined') {
    const fake = await import('fake-indexeddb');
    Object.assign(globalThis, { indexedDB: fake.indexedDB, IDBKeyRange: fake.IDBKeyRange });
  }
  const { openDatabase } = await import('../../lib/db/database');
  const { allNotes, allTags, importNotes, notesForPage } = await import('../../lib/db/notes');
  const db: BackstoryDatabase = openDatabase(`bench-notes-${Date.now()}`);
  try {
    const notes = makeNotes(n, Math.ceil(n / 20));
    const timed = async <T>(work: () => Promise<T>) => {
      const t0 = performance.now();
      const value = await work();
      return { ms: performance.now() - t0, value };
    };
    const insert = await timed(() => importNotes(db, notes));
    const first = await timed(() => allNotes(db, { limit: 100 }));
    const search = await timed(() => allNotes(db, { search: 'source check', limit: 100 }));
    const tag = await timed(() => allNotes(db, { tag: 'media', limit: 100 }));
    const tags = await timed(() => allTags(db));
    const page = await timed(() => notesForPage(db, notes[0].url));
    return {
      notes: first.value.total,
      insertMs: insert.ms,
      firstPageMs: first.ms,
      searchMs: search.ms,
      searchHits: search.value.total,
      tagMs: tag.ms,
      allTagsMs: tags.ms,
      pageNotesMs: page.ms,
    };
  } finally {
    await db.delete();
  }
}
