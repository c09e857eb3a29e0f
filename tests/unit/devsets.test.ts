// The hand-labelled dev sets in tests/devsets/ stay usable: well-formed labels, and (when the
// corpus is beside the project) every sentence anchor still found, in order, in the text that
// lib/page extracts from the page. A change to extraction that moves text fails here first.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveAnchors } from '../../scripts/lib/devset-anchors';
import { devsetSnapshot } from '../../scripts/lib/devset-page';
import { CORPUS_DIR, hasCorpus } from './corpus-dir';

const DEVSETS = join(__dirname, '..', 'devsets');
const SOURCINGS = ['none', 'anonymous', 'vague', 'named-unlinked', 'on-record', 'linked', 'dead-link', 'n/a'];
const UNFOLLOWABLE = ['none', 'anonymous', 'vague', 'named-unlinked', 'dead-link'];

interface LabelledSentence {
  startQuote: string;
  endQuote: string;
  checkWorthy: number;
  sourcing: string;
  flag: number;
  note?: string;
}
interface ClaimSet {
  guidelines: string;
  labelledBy: string;
  labelledOn: string;
  pages: { page: string; url: string; sentences: LabelledSentence[] }[];
}

const claims = JSON.parse(readFileSync(join(DEVSETS, 'news-claims.json'), 'utf8')) as ClaimSet;

describe('resolveAnchors', () => {
  const text = 'One short one. A second sentence that is a bit longer than forty characters in all. Three.';
  it('finds sentences by their first and last characters, in order', () => {
    const r = resolveAnchors(text, [
      { startQuote: 'One short one.', endQuote: 'One short one.' },
      { startQuote: 'A second sentence', endQuote: 'characters in all.' },
      { startQuote: 'Three.', endQuote: 'Three.' },
    ]);
    expect(r).toEqual({ ok: true, spans: [{ start: 0, end: 14 }, { start: 15, end: 83 }, { start: 84, end: 90 }] });
  });
  it('refuses anchors out of order or missing', () => {
    expect(resolveAnchors(text, [{ startQuote: 'Three.', endQuote: 'Three.' }, { startQuote: 'One', endQuote: 'one.' }]).ok).toBe(false);
    expect(resolveAnchors(text, [{ startQuote: 'One', endQuote: 'four.' }])).toMatchObject({ ok: false, index: 0 });
  });
});

describe('tests/devsets/news-claims.json', () => {
  it('says how it was labelled, and has enough real pages', () => {
    expect(claims.guidelines.length).toBeGreaterThan(500);
    expect(claims.labelledOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(claims.pages.length).toBeGreaterThanOrEqual(10);
    const n = claims.pages.reduce((sum, p) => sum + p.sentences.length, 0);
    expect(n).toBeGreaterThanOrEqual(400);
  });

  it('labels every sentence consistently: sourcing only when check-worthy, flag derived from both', () => {
    for (const p of claims.pages) {
      expect(p.url).toMatch(/^https:\/\//);
      for (const s of p.sentences) {
        const where = `${p.page}: ${s.startQuote}`;
        expect(SOURCINGS, where).toContain(s.sourcing);
        expect([0, 1], where).toContain(s.checkWorthy);
        expect(s.sourcing === 'n/a', where).toBe(s.checkWorthy === 0);
        expect(s.flag, where).toBe(s.checkWorthy === 1 && UNFOLLOWABLE.includes(s.sourcing) ? 1 : 0);
        expect(s.startQuote.length, where).toBeLessThanOrEqual(60);
        expect(s.endQuote.length, where).toBeLessThanOrEqual(60);
      }
    }
  });

  it.skipIf(!hasCorpus)('finds every sentence, in order and without overlap, in the extracted article text', () => {
    for (const p of claims.pages) {
      const { text } = devsetSnapshot(CORPUS_DIR, p.page, p.url);
      const r = resolveAnchors(text, p.sentences);
      expect(r.ok ? 'ok' : `${p.page} sentence ${r.index} (${p.sentences[r.index].startQuote}): ${r.problem}`).toBe('ok');
    }
  });
});

describe('scripts/train/claims-news-pages.json (training labels and the pages training leaves out)', () => {
  const pages = JSON.parse(readFileSync(join(__dirname, '..', '..', 'scripts', 'train', 'claims-news-pages.json'), 'utf8')) as {
    pages: { page: string; url: string; train?: boolean; sentences: { startQuote: string; endQuote: string; checkWorthy: number }[] }[];
  };

  it('never labels a page of the news dev set, and keeps some pages out of training as a check', () => {
    const dev = new Set(claims.pages.map((p) => p.page));
    expect(pages.pages.filter((p) => dev.has(p.page)).map((p) => p.page)).toEqual([]);
    expect(pages.pages.filter((p) => p.train === false).length).toBeGreaterThanOrEqual(4);
    for (const p of pages.pages) for (const s of p.sentences) expect([0, 1]).toContain(s.checkWorthy);
  });

  it.skipIf(!hasCorpus)('splits into what training reads and what it leaves out, every anchor found', async () => {
    const { readNewsPageRows } = await import('../../scripts/lib/claims-data');
    const train = readNewsPageRows();
    const heldOut = readNewsPageRows('held-out');
    const count = (keep: boolean) => pages.pages.filter((p) => (p.train !== false) === keep).reduce((n, p) => n + p.sentences.length, 0);
    expect(train).toHaveLength(count(true));
    expect(heldOut).toHaveLength(count(false));
    expect(heldOut.some((r) => r.id.startsWith('quanta-1-'))).toBe(true);
    expect(train.some((r) => r.id.startsWith('quanta-1-'))).toBe(false);
  });
});
