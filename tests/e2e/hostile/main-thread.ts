// What Backstory's content script does on a page's main thread, seen through DevTools:
// - how often a function of the shipped script ran (V8's precise coverage call counts, located
//   by a string literal only that function holds), which tests assert on: behaviour, not time;
// - its share of the main thread over a window (CPU profiler samples whose stack holds a frame
//   of the extension's scripts), which tests only log: timings depend on the machine.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { CDPSession } from '@playwright/test';
import { extensionDir } from '../../../scripts/lib/browser';

const CONTENT_SCRIPT = 'content-scripts/content.js';

interface FunctionCoverage {
  functionName: string;
  ranges: { startOffset: number; endOffset: number; count: number }[];
}
interface ScriptCoverage {
  url: string;
  functions: FunctionCoverage[];
}

/** Counts calls of the always-on content script's functions from now on (call before the page loads). */
export async function startCallCounts(cdp: CDPSession): Promise<void> {
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.startPreciseCoverage', { callCount: true, detailed: false });
}

/**
 * Calls of the content script function that holds `marker` (a string literal in its body, e.g.
 * 'json-ld-article' for detectArticle) since the last read, and calls of any of its functions.
 * Reading resets V8's counters.
 */
export async function takeCallCounts(cdp: CDPSession, extensionId: string, marker: string): Promise<{ marked: number; any: number }> {
  const source = readFileSync(path.join(extensionDir, CONTENT_SCRIPT), 'utf8');
  const at = source.indexOf(marker);
  if (at < 0 || source.indexOf(marker, at + 1) >= 0) throw new Error(`"${marker}" is not in ${CONTENT_SCRIPT} exactly once`);
  const { result } = (await cdp.send('Profiler.takePreciseCoverage')) as unknown as { result: ScriptCoverage[] };
  const url = `chrome-extension://${extensionId}/${CONTENT_SCRIPT}`;
  let marked = 0;
  let any = 0;
  for (const script of result.filter((s) => s.url === url)) {
    let innermost: { size: number; count: number } | null = null;
    for (const fn of script.functions) {
      const [range] = fn.ranges;
      if (!range || range.startOffset === 0) continue; // the script's top level
      any += range.count;
      if (range.startOffset <= at && at < range.endOffset) {
        const size = range.endOffset - range.startOffset;
        if (!innermost || size < innermost.size) innermost = { size, count: range.count };
      }
    }
    marked += innermost?.count ?? 0;
  }
  return { marked, any };
}

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string };
  children?: number[];
}

export interface MainThreadUse {
  /** Share of the sampled time spent in the extension's scripts (0..1). */
  backstory: number;
  /** Share of the sampled time the main thread was busy at all (0..1). */
  busy: number;
  backstoryMs: number;
  /** The longest unbroken run of samples in the extension's scripts: about its longest task (ms). */
  longestBackstoryMs: number;
}

/** Starts sampling the main thread's stacks (every 0.5 ms). */
export async function startSampling(cdp: CDPSession): Promise<void> {
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 500 });
  await cdp.send('Profiler.start');
}

/** Stops sampling; how much of the time since startSampling went to the extension's scripts. */
export async function stopSampling(cdp: CDPSession, extensionId: string): Promise<MainThreadUse> {
  const { profile } = await cdp.send('Profiler.stop');
  const nodes = new Map<number, ProfileNode>(profile.nodes.map((n) => [n.id, n as ProfileNode]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const ours = `chrome-extension://${extensionId}/`;
  const isOurs = new Map<number, boolean>();
  const inOurs = (id: number): boolean => {
    const known = isOurs.get(id);
    if (known !== undefined) return known;
    const node = nodes.get(id)!;
    const up = parent.get(id);
    const result = node.callFrame.url.startsWith(ours) || (up !== undefined && inOurs(up));
    isOurs.set(id, result);
    return result;
  };
  let backstory = 0;
  let busy = 0;
  let run = 0;
  let longest = 0;
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  for (let i = 0; i < samples.length; i++) {
    const fn = nodes.get(samples[i])!.callFrame.functionName;
    const dt = deltas[i + 1] ?? 0; // the time until the next sample is this sample's
    const idle = fn === '(idle)' || fn === '(program)';
    if (!idle) busy += dt;
    if (!idle && inOurs(samples[i])) {
      backstory += dt;
      run += dt;
      longest = Math.max(longest, run);
    } else run = 0;
  }
  const total = profile.endTime - profile.startTime;
  return { backstory: backstory / total, busy: busy / total, backstoryMs: backstory / 1000, longestBackstoryMs: longest / 1000 };
}

/** Samples the main thread for `ms` (see stopSampling). */
export async function mainThreadShare(cdp: CDPSession, extensionId: string, ms: number): Promise<MainThreadUse> {
  await startSampling(cdp);
  await new Promise((resolve) => setTimeout(resolve, ms));
  return stopSampling(cdp, extensionId);
}
