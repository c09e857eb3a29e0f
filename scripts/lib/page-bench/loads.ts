// One page load in one browser profile, measured from outside the page: the renderer's
// ScriptDuration/TaskDuration (CDP Performance.getMetrics) once the page has settled, or a
// trace of the load (tasks, V8 CPU samples). And Readability's parse() on the same page.
import type { BrowserContext, CDPSession, Page, Worker } from 'playwright-core';
import type { BenchPage } from './pages';
import type { TraceEvent } from './trace';

export interface Profile {
  name: 'none' | 'empty' | 'backstory';
  context: BrowserContext;
  /** Backstory's service worker (to know when it is done with a page), backstory only. */
  worker?: Worker;
  /** `chrome-extension://<id>/` of the profile's extension. */
  prefix?: string;
  close(): Promise<void>;
}

export interface LoadOptions {
  /** How long after `load` to read the metrics (at least; Backstory may need longer, see below). */
  settleMs: number;
  /** Thread CPU time (immune to other processes taking the core) instead of wall time. */
  cpuTime: boolean;
}

/** Performance.getMetrics durations, in ms. */
export interface LoadMetrics {
  scriptMs: number;
  taskMs: number;
  layoutMs: number;
  styleMs: number;
  compileMs: number;
  /** How Backstory saw the page (backstory profile only). */
  backstory?: BackstoryView;
}

export interface BackstoryView {
  status: string;
  highlights?: number;
  timings?: unknown;
}

const TRACE_CATEGORIES = [
  '-*',
  'toplevel',
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'v8.execute',
  'v8',
  'disabled-by-default-v8.cpu_profiler',
  'disabled-by-default-v8.cpu_profiler.hires',
].join(',');

type BackstoryHandle = {
  backstory?: {
    articles: { tabs: { get(id: number): { status: string; analysis?: { status: string } } | undefined } };
    pageTimings: Map<number, { paint?: { items: number } }>;
  };
};

/** What Backstory made of the tab, from its background: an article once painted, null while
 * it is still working on one, 'no report' when the page sent none (a non-article, or not yet). */
async function backstoryView(worker: Worker, url: string): Promise<BackstoryView | null> {
  return worker.evaluate(async (wanted: string) => {
    const tabs = await chrome.tabs.query({});
    const id = tabs.find((t) => t.url === wanted)?.id;
    const b = (globalThis as unknown as BackstoryHandle).backstory;
    if (id === undefined || !b) return { status: 'unknown' };
    const state = b.articles.tabs.get(id);
    if (!state) return { status: 'no report' };
    if (state.status !== 'article') return { status: state.status };
    const timings = b.pageTimings.get(id);
    if (state.analysis?.status !== 'done' || !timings) return null;
    return { status: 'article', highlights: timings.paint?.items ?? 0, timings };
  }, url);
}

/**
 * Runs `fn(arg)` in the worker from its source text, with a no-op `__name`: tsx (esbuild's
 * keepNames) wraps a function stored in a property or variable in `__name(fn, "name")`, a helper
 * the service worker does not have — the call would throw and every answer read as none.
 */
async function evaluateSource<A, R>(worker: Worker, fn: (arg: A) => Promise<R>, arg: A): Promise<R> {
  return worker.evaluate(`(() => { const __name = (f) => f; return (${fn.toString()})(${JSON.stringify(arg)}); })()`) as Promise<R>;
}

/** Asks the page's content script how far it got (costs the page one message: ask last). */
async function contentStatus(worker: Worker, url: string): Promise<string> {
  return evaluateSource(worker, async (wanted: string) => {
    const tabs = await chrome.tabs.query({});
    const id = tabs.find((t) => t.url === wanted)?.id;
    if (id === undefined) return 'unknown';
    // The always-on script listens only on articles; elsewhere it answers through its page hook
    // (lib/messages/page-hook.ts) in the extension's world.
    try {
      const [result] = await chrome.scripting.executeScript({
        target: { tabId: id, frameIds: [0] },
        func: () => (globalThis as unknown as { __backstoryPage?: (r: { type: string }) => unknown }).__backstoryPage?.({ type: 'content/get-report' }) ?? null,
      });
      return (result?.result as { status?: string } | null)?.status ?? 'no answer';
    } catch {
      return 'no answer';
    }
  }, url);
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Waits `settleMs` after load, and in Backstory's profile until it is done with the page: an
 * article painted, or a page its content script judged not to be one. `read` takes the
 * figures; it runs again when Backstory turned out not to be done the first time.
 */
async function settled<T>(profile: Profile, page: BenchPage, opts: LoadOptions, read: () => Promise<T>): Promise<{ figures: T; view?: BackstoryView }> {
  await sleep(opts.settleMs);
  const worker = profile.worker;
  if (!worker) return { figures: await read() };
  const until = Date.now() + 30_000;
  let asked = false;
  for (;;) {
    const view = await backstoryView(worker, page.url);
    if (view?.status === 'article') await sleep(300); // painted highlights land in the next frames
    if (view && view.status !== 'no report') return { figures: await read(), view };
    if (view) {
      // No report: a non-article — unless detection has not run yet (a slow machine).
      const figures = await read();
      const status = await contentStatus(worker, page.url);
      if (status === 'not-article') return { figures, view: { status } };
      if (asked && Date.now() > until) return { figures, view: { status: `${status} after 30 s` } };
      asked = true;
    } else if (Date.now() > until) {
      return { figures: await read(), view: { status: 'article (not painted in 30 s)' } };
    }
    await sleep(200);
  }
}

async function openTab(profile: Profile): Promise<{ tab: Page; cdp: CDPSession }> {
  const tab = await profile.context.newPage();
  const cdp = await profile.context.newCDPSession(tab);
  return { tab, cdp };
}

export async function meteredLoad(profile: Profile, page: BenchPage, opts: LoadOptions): Promise<LoadMetrics> {
  const { tab, cdp } = await openTab(profile);
  try {
    await cdp.send('Performance.enable', { timeDomain: opts.cpuTime ? 'threadTicks' : 'timeTicks' });
    await tab.goto(page.url, { waitUntil: 'load' });
    const { figures: metrics, view: backstory } = await settled(profile, page, opts, async () => (await cdp.send('Performance.getMetrics')).metrics);
    const m = (name: string) => 1000 * (metrics.find((x) => x.name === name)?.value ?? NaN);
    return {
      scriptMs: m('ScriptDuration'),
      taskMs: m('TaskDuration'),
      layoutMs: m('LayoutDuration'),
      styleMs: m('RecalcStyleDuration'),
      compileMs: m('V8CompileDuration'),
      backstory,
    };
  } finally {
    await tab.close();
  }
}

export async function tracedLoad(profile: Profile, page: BenchPage, opts: LoadOptions): Promise<TraceEvent[]> {
  const { tab, cdp } = await openTab(profile);
  try {
    await cdp.send('Tracing.start', { traceConfig: { includedCategories: TRACE_CATEGORIES.split(',') }, transferMode: 'ReturnAsStream' } as never);
    await tab.goto(page.url, { waitUntil: 'load' });
    await settled(profile, page, opts, async () => undefined);
    const done = new Promise<string>((resolve) => cdp.once('Tracing.tracingComplete', (e) => resolve(e.stream!)));
    await cdp.send('Tracing.end');
    const stream = await done;
    let text = '';
    for (;;) {
      const chunk = await cdp.send('IO.read', { handle: stream });
      text += chunk.base64Encoded ? Buffer.from(chunk.data, 'base64').toString('utf8') : chunk.data;
      if (chunk.eof) break;
    }
    await cdp.send('IO.close', { handle: stream });
    const parsed = JSON.parse(text) as { traceEvents?: TraceEvent[] } | TraceEvent[];
    return Array.isArray(parsed) ? parsed : (parsed.traceEvents ?? []);
  } finally {
    await tab.close();
  }
}

/** Readability's parse() on clones of the loaded page: `runs` timings in ms. */
export async function readabilityParse(profile: Profile, page: BenchPage, bundle: string, runs: number): Promise<number[]> {
  const tab = await profile.context.newPage();
  try {
    await tab.goto(page.url, { waitUntil: 'load' });
    if (page.arrivesLate) await tab.waitForFunction(() => document.querySelectorAll('p').length > 5, null, { timeout: 10_000 });
    // Evaluated through CDP, so a page's Content-Security-Policy cannot refuse it.
    await tab.evaluate(bundle);
    return await tab.evaluate((n: number) => {
      const R = (globalThis as unknown as { __readability: new (d: Document) => { parse(): unknown } }).__readability;
      const out: number[] = [];
      for (let i = 0; i < n; i++) {
        // parse() changes the document it reads: a fresh clone each time.
        const clone = document.cloneNode(true) as Document;
        const t = performance.now();
        new R(clone).parse();
        out.push(performance.now() - t);
      }
      return out;
    }, runs);
  } finally {
    await tab.close();
  }
}
