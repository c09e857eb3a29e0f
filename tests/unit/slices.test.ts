// Long work on the page is cut into slices: the driver pauses at the work's yield points once a
// slice has run its time, and only then.
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { runInSlices, SLICE_MS } from '../../lib/page/slices';
import { readMetadata, readMetadataSteps } from '../../lib/page/metadata';
import { readSiteSays, readSiteSaysSteps } from '../../lib/page/publisher';
import { runToEnd } from '../../lib/page/slices';
import { snapshotSteps, takeSnapshot, takeSnapshotInSlices } from '../../lib/page/snapshot';
import type { Detection } from '../../lib/page/types';

/** A clock the test moves: each step of work "takes" `stepMs`. */
function fakeClock() {
  let t = 0;
  return { now: () => t, advance: (ms: number) => (t += ms) };
}

describe('runInSlices', () => {
  it('pauses only once a slice has run its time, and returns the work’s result', async () => {
    const clock = fakeClock();
    const pauses: number[] = [];
    function* work(): Generator<void, string, void> {
      for (let i = 0; i < 10; i++) {
        clock.advance(3);
        yield;
      }
      return 'done';
    }
    const { value, stats } = await runInSlices(work(), {
      now: clock.now,
      yieldToPage: async () => {
        pauses.push(clock.now());
      },
    });
    expect(value).toBe('done');
    // 3 ms a step, 8 ms a slice: a pause after every third step.
    expect(pauses).toEqual([9, 18, 27]);
    expect(stats.slices).toBe(4);
    expect(stats.longestSliceMs).toBeLessThanOrEqual(SLICE_MS + 3);
    expect(stats.totalMs).toBe(30);
  });

  it('never pauses work that fits in one slice', async () => {
    let pauses = 0;
    function* quick(): Generator<void, number, void> {
      yield;
      yield;
      return 1;
    }
    const { stats } = await runInSlices(quick(), { now: () => 0, yieldToPage: async () => void pauses++ });
    expect(pauses).toBe(0);
    expect(stats.slices).toBe(1);
  });
});

describe('the sliced snapshot', () => {
  const detection: Detection = { isArticle: true, score: 9, reasons: [] };
  const paragraphs = Array.from({ length: 300 }, (_, i) => `<p>Paragraph ${i}: the council met on Tuesday and <a href="https://example.org/r${i}">voted</a> on the plan.</p>`).join('');
  const html = `<html><head><title>T</title></head><body><article><h1>Title</h1>${paragraphs}</article><footer>Footer</footer></body></html>`;

  it('reads the same article as the snapshot taken at once', async () => {
    const doc = () => parseHTML(html).document as unknown as Document;
    const whole = takeSnapshot(doc(), 'https://news.example.com/a', detection, 1);
    let pauses = 0;
    let t = 0;
    // Every step "takes" a slice, so the driver pauses at every yield point.
    const sliced = await takeSnapshotInSlices(doc(), 'https://news.example.com/a', detection, { now: () => (t += SLICE_MS), yieldToPage: async () => void pauses++ }, 1);
    expect(pauses).toBeGreaterThan(10);
    expect(sliced.snapshot.text).toBe(whole.snapshot.text);
    expect(sliced.snapshot.blocks).toEqual(whole.snapshot.blocks);
    expect(sliced.snapshot.links).toEqual(whole.snapshot.links);
    expect(sliced.snapshot.meta).toEqual(whole.snapshot.meta);
    expect(sliced.extraction.nodes.length).toBe(whole.extraction.nodes.length);
  });

  it('has places to pause all through a long page, not only between its phases', () => {
    const doc = parseHTML(html).document as unknown as Document;
    let yields = 0;
    const steps = snapshotSteps(doc, 'https://news.example.com/a', detection, 1);
    while (!steps.next().done) yields++;
    // ~1,500 nodes: dozens of pause points besides the four between phases.
    expect(yields).toBeGreaterThan(20);
  });
});

describe('metadata and the site’s self-description on a long page', () => {
  // A long page with thousands of text nodes and links, and its notices at the very end: the
  // walks that find them must pause on the way, not read the whole page in one step.
  const items = Array.from({ length: 2000 }, (_, i) => `<li><a href="/topic/${i}">Topic ${i}</a> and a note</li>`).join('');
  const html =
    '<html><head><title>Long page | The Courier</title><meta property="og:site_name" content="The Courier"></head><body>' +
    `<article><h1>Long page</h1><ul>${items}</ul>` +
    '<p>This article was originally published by <a href="https://propublica.org/x">ProPublica</a>.</p></article>' +
    '<footer><a href="/about-us">About us</a></footer></body></html>';
  const url = 'https://www.courier.example/2024/long-page';
  const doc = () => parseHTML(html).document as unknown as Document;
  const count = <T>(steps: Generator<void, T, void>): { value: T; yields: number } => {
    let yields = 0;
    for (;;) {
      const step = steps.next();
      if (step.done) return { value: step.value, yields };
      yields++;
    }
  };

  it('metadata pauses while it looks for an original-source line, and finds the same', () => {
    const { value, yields } = count(readMetadataSteps(doc(), url));
    // ~4,000 text nodes: a pause every few hundred, besides the few between its reads.
    expect(yields).toBeGreaterThan(12);
    expect(value).toEqual(readMetadata(doc(), url));
    expect(value.originalSource).toEqual({ name: 'ProPublica', url: 'https://propublica.org/x' });
  });

  it('the site’s About link is looked for in pauses, and found past two thousand links', () => {
    const { value, yields } = count(readSiteSaysSteps(doc(), url));
    expect(yields).toBeGreaterThan(20);
    expect(value).toEqual(readSiteSays(doc(), url));
    expect(value?.about).toEqual({ url: 'https://www.courier.example/about-us', text: 'About us' });
  });

  it('runToEnd runs any steps without pausing', () => {
    expect(runToEnd(readSiteSaysSteps(doc(), url))).toEqual(readSiteSays(doc(), url));
  });
});
