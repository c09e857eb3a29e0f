import { parseHTML } from 'linkedom';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { PageReport } from '@/lib/messages/protocol';

// The watcher's job is *when* to look; what detection and extraction find is tested
// elsewhere, so here they are stand-ins the test controls.
const verdict = { isArticle: false };
vi.mock('@/lib/page/detect', () => ({
  detectArticle: vi.fn(() => ({ isArticle: verdict.isArticle, score: verdict.isArticle ? 9 : 0, reasons: [] })),
}));
const takeSnapshot = vi.fn((_doc: Document, url: string, detection: unknown) => ({
  snapshot: { url, detection, meta: { authors: [], sources: {} }, text: 'x', blocks: [], links: [], wordCount: 1, takenAt: 0 },
  extraction: {},
}));
const articleCode = { loads: 0, fail: false };
const loadArticleCode = async () => {
  articleCode.loads++;
  if (articleCode.fail) throw new Error('injection refused');
  return { takeSnapshot } as never;
};

const { PageWatcher } = await import('../../entrypoints/content/page-watcher');
const { detectArticle } = await import('@/lib/page/detect');

const timersSet = { count: 0 };

function setup(options = { settleMs: 100, watchForMs: 5_000, maxRechecks: 3 }, extra: { yieldToPage?: () => Promise<void> } = {}) {
  const { document } = parseHTML('<html><body><main id="app">Loading…</main></body></html>');
  const reports: PageReport[] = [];
  let url = 'https://news.example.com/story';
  const watcher = new PageWatcher(
    {
      doc: document as unknown as Document,
      currentUrl: () => url,
      onReport: (r) => reports.push(r),
      loadArticleCode,
      setTimeout: (fn, ms) => {
        timersSet.count++;
        return setTimeout(fn, ms) as unknown as number;
      },
      clearTimeout: (id) => clearTimeout(id),
      ...extra,
    },
    options,
  );
  const mutate = async () => {
    document.getElementById('app')!.appendChild(document.createElement('p'));
    await Promise.resolve();
    await Promise.resolve();
  };
  return { watcher, reports, mutate, navigate: (to: string) => (url = to) };
}

beforeEach(() => {
  vi.useFakeTimers();
  verdict.isArticle = false;
  articleCode.loads = 0;
  articleCode.fail = false;
  vi.mocked(detectArticle).mockClear();
  timersSet.count = 0;
});

describe('PageWatcher', () => {
  it('reports an article at once, loading the article code only then', async () => {
    verdict.isArticle = true;
    const { watcher, reports } = setup();
    await watcher.check();
    expect(reports.map((r) => r.status)).toEqual(['article']);
    expect(watcher.current.status).toBe('article');
    expect(articleCode.loads).toBe(1);
  });

  it('sends the snapshot from a task of its own, and not at all once the page moved on', async () => {
    verdict.isArticle = true;
    const turns: (() => void)[] = [];
    const yieldToPage = () => new Promise<void>((resolve) => turns.push(resolve));
    const { watcher, reports, navigate } = setup(undefined, { yieldToPage });
    const checked = watcher.check();
    await vi.advanceTimersByTimeAsync(0);
    expect(takeSnapshot).toHaveBeenCalled();
    expect(reports).toEqual([]); // read, but the page has its turn before the big message
    turns.shift()!();
    await checked;
    expect(reports.map((r) => r.status)).toEqual(['article']);

    const again = watcher.check();
    await vi.advanceTimersByTimeAsync(0);
    navigate('https://news.example.com/other');
    watcher.navigated();
    turns.shift()!();
    await again;
    expect(reports.map((r) => r.status)).toEqual(['article', 'pending']);
  });

  it('sends nothing and loads nothing for a page that is not an article', async () => {
    const { watcher, reports } = setup();
    await watcher.check();
    await vi.advanceTimersByTimeAsync(10_000);
    expect(reports).toEqual([]);
    expect(articleCode.loads).toBe(0);
    expect(watcher.current.status).toBe('not-article');
  });

  it('stays silent when detection throws on an odd page', async () => {
    vi.spyOn(console, 'debug').mockImplementationOnce(() => undefined);
    vi.mocked(detectArticle).mockImplementationOnce(() => {
      throw new Error('no body');
    });
    const { watcher, reports } = setup();
    await expect(watcher.check()).resolves.toBeUndefined();
    expect(reports).toEqual([]);
    expect(watcher.current.status).toBe('not-article');
  });

  it('says so when the article code cannot be loaded', async () => {
    verdict.isArticle = true;
    articleCode.fail = true;
    const { watcher, reports } = setup();
    await watcher.check();
    expect(reports).toEqual([{ status: 'failed', url: 'https://news.example.com/story', error: 'injection refused' }]);
  });

  it('finds an article whose body arrives after load, once the DOM settles', async () => {
    const { watcher, reports, mutate } = setup();
    watcher.check();
    verdict.isArticle = true;
    await mutate();
    await vi.advanceTimersByTimeAsync(50);
    expect(reports).toEqual([]); // not settled yet
    await vi.advanceTimersByTimeAsync(100);
    expect(reports.map((r) => r.status)).toEqual(['article']);
  });

  it('gives up after a bounded number of re-checks on a busy page', async () => {
    const { watcher, reports, mutate } = setup();
    watcher.check();
    for (let i = 0; i < 10; i++) {
      await mutate();
      await vi.advanceTimersByTimeAsync(150);
    }
    expect(vi.mocked(detectArticle)).toHaveBeenCalledTimes(1 + 3);
    expect(reports).toEqual([]);
  });

  it('on a page that changes every 10 ms, sets one timer per quiet period, not one per change', async () => {
    const { watcher, reports, mutate } = setup();
    await watcher.check();
    const before = timersSet.count;
    for (let i = 0; i < 200; i++) {
      await mutate();
      await vi.advanceTimersByTimeAsync(10);
    }
    // 2 s of changes with a 100 ms settle time: about one timer per 100 ms, not 200.
    expect(timersSet.count - before).toBeLessThanOrEqual(25);
    expect(vi.mocked(detectArticle)).toHaveBeenCalledTimes(1); // never quiet: no re-check yet
    verdict.isArticle = true;
    await vi.advanceTimersByTimeAsync(150);
    expect(vi.mocked(detectArticle)).toHaveBeenCalledTimes(2); // quiet at last: looked again
    expect(reports.map((r) => r.status)).toEqual(['article']);
  });

  it('stops watching after its time budget', async () => {
    const { watcher, mutate } = setup();
    watcher.check();
    await vi.advanceTimersByTimeAsync(6_000);
    await mutate();
    await vi.advanceTimersByTimeAsync(1_000);
    expect(vi.mocked(detectArticle)).toHaveBeenCalledTimes(1);
  });

  it('starts over when a single-page site navigates, telling the background the article left', async () => {
    verdict.isArticle = true;
    const { watcher, reports, navigate } = setup();
    await watcher.check();
    navigate('https://news.example.com/');
    verdict.isArticle = false;
    watcher.navigated();
    expect(reports.map((r) => r.status)).toEqual(['article', 'pending']);
    await vi.advanceTimersByTimeAsync(150);
    expect(watcher.current).toMatchObject({ status: 'not-article', url: 'https://news.example.com/' });
    // The background heard 'pending', so it must hear that the new view is not an article.
    expect(reports.map((r) => r.status)).toEqual(['article', 'pending', 'not-article']);
    navigate('https://news.example.com/other-story');
    verdict.isArticle = true;
    watcher.navigated();
    await vi.advanceTimersByTimeAsync(150);
    expect(reports.at(-1)).toMatchObject({ status: 'article', snapshot: { url: 'https://news.example.com/other-story' } });
  });
});
