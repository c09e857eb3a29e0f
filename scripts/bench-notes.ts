// The notes half of `npm run bench`, in the built extension: with 10,000 notes in the
// database, how long the side panel's Notes section takes to show "All pages" and to answer a
// search; with 200 notes on the seed page, how long the page takes to re-anchor them all.
import path from 'node:path';
import type { Page, Worker } from 'playwright-core';
import { fixture, fixturesDir } from '../tests/fixtures/fixtures';
import { launchWithExtension, openPanelTab, servePages, tabIdFor } from './lib/browser';
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
    noteTimings: Map<number, { notes: number; anchorMs: number; paint: { totalMs: number; longestSliceMs: number } }>;
  };
};

async function addNotes(worker: Worker, rows: unknown[]): Promise<void> {
  await worker.evaluate(async (list) => {
    const b = (globalThis as unknown as BackstoryHandle).backstory;
    await b.db.notes.clear();
    for (let i = 0; i < list.length; i += 2_000) await b.db.notes.bulkAdd(list.slice(i, i + 2_000));
  }, rows);
}

/** Time from a click (or typing) in the panel until the list shows what was asked for. */
async function timeInPanel(panel: Page, action: 'all' | 'search'): Promise<number> {
  return panel.evaluate(async (what) => {
    const items = () => document.querySelectorAll('[data-testid="note-item"]');
    const before = items()[0];
    const t0 = performance.now();
    if (what === 'all') (document.querySelector('[data-testid="notes-scope-all"]') as HTMLElement).click();
    else {
      const input = document.querySelector('[data-testid="note-search"]') as HTMLInputElement;
      input.value = 'pentagon';
      input.dispatchEvent(new Event('input', { bubbles: true }));
    }
    // Until the list shows new items (or says there are none), checked every frame.
    for (;;) {
      await new Promise((r) => requestAnimationFrame(() => r(null)));
      const first = items()[0];
      if ((first && first !== before) || document.querySelector('[data-testid="notes-empty"]')) break;
      if (performance.now() - t0 > 30_000) return NaN;
    }
    return performance.now() - t0;
  }, action);
}

export async function benchNotes(runs = 3): Promise<NotesBench> {
  const seed = fixture('seed-globalresearch');
  const ext = await launchWithExtension();
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
