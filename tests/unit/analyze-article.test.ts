import { describe, expect, it, vi } from 'vitest';
import { analyzeArticle, readsLanguage } from '@/entrypoints/background/analyze-article';
import { modelCache } from '@/entrypoints/background/analysis-models';
import { nodeModelAssets } from '@/scripts/lib/model-assets';
import type { ArticleSnapshot } from '@/lib/page/types';

const snapshot = (lang: string | undefined, text: string): ArticleSnapshot => ({
  url: 'https://news.example/story',
  detection: { isArticle: true, score: 8, reasons: [] },
  meta: { authors: [], sources: {}, ...(lang ? { lang } : {}) },
  text,
  blocks: [{ start: 0, end: text.length, kind: 'paragraph' }],
  links: [],
  wordCount: text.split(/\s+/).length,
  takenAt: 1,
});

describe('analyzeArticle', () => {
  it('reads English pages and pages that do not say their language', () => {
    expect(readsLanguage(undefined)).toBe(true);
    expect(readsLanguage('en')).toBe(true);
    expect(readsLanguage('en-GB')).toBe(true);
    expect(readsLanguage('EN_us')).toBe(true);
    expect(readsLanguage('fr')).toBe(false);
    expect(readsLanguage('de-DE')).toBe(false);
  });

  it('says a page in another language is not analyzed, instead of inventing names', async () => {
    expect(await analyzeArticle(snapshot('fr-FR', 'Le président Emmanuel Macron a dit que 40 personnes sont mortes.'), [])).toEqual({
      status: 'unsupported',
      lang: 'fr-FR',
    });
  });

  it('analyzes an English page and carries the page’s dismissed flags', async () => {
    const state = await analyzeArticle(snapshot('en', 'Officials in Aleppo said 40 people were killed on Monday.'), ['claim:x']);
    expect(state.status).toBe('done');
    if (state.status !== 'done') return;
    expect(state.dismissed).toEqual(['claim:x']);
    expect(state.analysis.entities.map((e) => e.name)).toContain('Aleppo');
    expect(state.analysis.claims).toHaveLength(1);
  });
});

describe('the analysis models in the background', () => {
  it('loads the models once, on first use, and analyzes with them', async () => {
    const files: string[] = [];
    const models = modelCache((file) => {
      files.push(file);
      return nodeModelAssets(file);
    });
    const first = await models();
    await models();
    // Every model file is read once, whatever the number of articles; the claims model among them.
    expect(files).toContain('claims.bin');
    expect(new Set(files).size).toBe(files.length);
    expect(first.ner).toBeDefined();
    const text = 'The ministry said 14 soldiers were killed at the border post on Tuesday.';
    const state = await analyzeArticle(snapshot('en', text), [], first);
    expect(state.status === 'done' && state.analysis.checkWorthy.map((c) => c.sourcing.kind)).toEqual(['on-record']);
  });

  it('falls back to the rules when the model cannot be fetched, and tries again later', async () => {
    let calls = 0;
    const models = modelCache(async () => {
      calls++;
      throw new Error('offline');
    });
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    expect(await models()).toEqual({});
    const afterFirst = calls;
    expect(afterFirst).toBeGreaterThan(0);
    expect(await models()).toEqual({});
    expect(calls).toBe(2 * afterFirst); // each model is tried again for the next article
    warn.mockRestore();
    const state = await analyzeArticle(snapshot('en', 'Officials in Aleppo said 40 people were killed on Monday.'), [], await models());
    expect(state.status).toBe('done');
  });
});
