// The notes half of `npm run bench`, in the built extension: with 10,000 notes in the
// database, how long the side panel's Notes section takes to show "All pages" and to answer a
// search (the search includes the panel's 150 ms typing pause); with 200 notes on the seed
// page, how long the page takes to re-anchor them all.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page, Worker } from 'playwright-core';
import { fixture, fixturesDir } from '../tests/fixtures/fixtures';
import { benchExtensionDir, launchWithExtension, openPanelTab, servePages, tabIdFor } from './lib/browser';
import { makeNotes, seedText } from './lib/notes-bench';
import { normalizePageUrl } from '../lib/page/normalize-url';

export interface NotesBench {
  notes: number;
  allPagesFirstRenderMs: number[];
  searchMs: number[];
  reanchor: { notes: number; anchorMs: number; paintMs: number; longestSliceMs: number }[];
}

type BackstoryHandle = {
  backstory: {
    db: { notes: { bulkAdd(rows: unknown[]): Promise<unknown>; clear(): Promise<void> } };
    articles: { notes: { recount(): Promise<unknown> } };
    noteTimings: Map<number, { notes: number; anchorMs: number; paint: { totalMs: number; longestSliceMs: number } }>;
  };
};

async function addNotes(worker: Worker, rows: unknown[]): Promise<void> {
  await worker.evaluate(async (list) => {
    const b = (globalThis as unknown as BackstoryHandle).backstory;
    await b.db.notes.clear();
    for (let i = 0; i < list.length; i += 2_000) await b.db.notes.bulkAdd(list.slice(i, i + 2_000));
    // Written behind the notes service's back: have it count the tags anew, as it does at start.
    await b.articles.notes.recount();
  }, rows);
}

// Runs inside the panel page. Kept as source text: tsx would otherwise wrap the inner arrow
// functions in a helper (__name) that does not exist in the page.
const TIME_IN_PANEL = `async (what) => {
  const q = (id) => document.querySelector('[data-testid="' + id + '"]');
  const text = (id) => (q(id) ? q(id).textContent.toLowerCase() : '');
  // Done when the list shows what was asked: all 10,000 notes paged, or the first note matching.
  const done =
    what === 'all'
      ? () => !!q('note-item') && text('notes-showing').includes('10,000')
      : () => (!!q('note-item') && text('note-item').includes('pentagon') && text('note-item').includes('sources') && !text('notes-showing').includes('10,000')) || !!q('notes-empty');
  const t0 = performance.now();
  if (what === 'all') q('notes-scope-all').click();
  else {
    const input = q('note-search');
    input.value = 'pentagon sources';
    input.dispatchEvent(new Event('input', { bubbles: true }));
  }
  for (;;) {
    await new Promise((r) => requestAnimationFrame(r));
    if (done()) break;
    if (performance.now() - t0 > 30000) return NaN;
  }
  return performance.now() - t0;
}`;

/** Time from a click (or typing) in the panel until the list shows what was asked for. */
async function timeInPanel(panel: Page, action: 'all' | 'search'): Promise<number> {
  return panel.evaluate(`(${TIME_IN_PANEL})(${JSON.stringify(action)})`);
}

export async function benchNotes(runs = 3): Promise<NotesBench> {
  const seed = fixture('seed-globalresearch');
  const ext = await launchWithExtension({ extensionPath: benchExtensionDir });
  await servePages(ext.context, [{ url: seed.url, file: path.join(fixturesDir, seed.file) }]);
  const out: NotesBench = { notes: 10_000, allPagesFirstRenderMs: [], searchMs: [], reanchor: [] };
  try {
    const page = await ext.context.newPage();
    await page.goto(seed.url, { waitUntil: 'load' });
    const tabId = await tabIdFor(ext.serviceWorker, seed.url);

    // 10,000 notes over 500 pages: first render of "All pages", then a search.
    await addNotes(ext.serviceWorker, makeNotes(10_000, 500));
    for (let i = 0; i < runs; i++) {
      const panel = await openPanelTab(ext, tabId);
      await panel.getByTestId('notes-scope-all').waitFor();
      out.allPagesFirstRenderMs.push(await timeInPanel(panel, 'all'));
      out.searchMs.push(await timeInPanel(panel, 'search'));
      await panel.close();
    }

    // 200 notes on the seed page (its text as the page extracts it), then reload and re-anchor.
    const text = seedText();
    const url = normalizePageUrl(seed.url)!;
    const notes = makeNotes(200, [{ url, title: seed.expect!.title, host: new URL(seed.url).hostname, text }]);
    await addNotes(ext.serviceWorker, notes);
    // The outlet then edits the page, as outlets do: a sentence added at the top and words
    // changed in two paragraphs, so most notes need the quote or the fuzzy match, not the position.
    const edited = readFileSync(path.join(fixturesDir, seed.file), 'utf8')
      .replace('<p>Back in September 2015,', '<p>Update: this article has been revised since it was first published. Back in September 2015,')
      .replace('rapidly reduced', 'quickly reduced')
      .replace('a case in point', 'a good example');
    await page.route(seed.url, (route) => route.fulfill({ contentType: 'text/html; charset=utf-8', body: edited }));
    for (let i = 0; i < runs; i++) {
      await ext.serviceWorker.evaluate((id) => (globalThis as unknown as BackstoryHandle).backstory.noteTimings.delete(id), tabId);
      await page.reload({ waitUntil: 'load' });
      const until = Date.now() + 30_000;
      let t: { notes: number; anchorMs: number; paint: { totalMs: number; longestSliceMs: number } } | undefined;
      while (!t && Date.now() < until) {
        t = await ext.serviceWorker.evaluate((id) => (globalThis as unknown as BackstoryHandle).backstory.noteTimings.get(id), tabId);
        if (!t) await new Promise((r) => setTimeout(r, 100));
      }
      if (t) out.reanchor.push({ notes: t.notes, anchorMs: t.anchorMs, paintMs: t.paint.totalMs, longestSliceMs: t.paint.longestSliceMs });
    }
  } finally {
    await ext.close();
  }
  return out;
}
