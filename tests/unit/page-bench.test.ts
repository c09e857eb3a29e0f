import { describe, expect, it } from 'vitest';
import { breakdown, moduleAt, moduleMap, phaseOf } from '../../scripts/lib/page-bench/breakdown';
import { halfIqr, median } from '../../scripts/lib/page-bench/report';
import { readPageTrace, summarizeTasks, type TraceEvent } from '../../scripts/lib/page-bench/trace';

const PAGE = 'https://news.example.com/2024/05/01/story';
const OURS = 'chrome-extension://abcdefghijklmnopabcdefghijklmnop/';
const main = { pid: 7, tid: 1 };
const task = (ts: number, dur: number, tdur = dur): TraceEvent => ({ name: 'RunTask', cat: 'disabled-by-default-devtools.timeline,toplevel', ph: 'X', ts, dur, tdur, ...main });
const ev = (name: string, ts: number, dur: number, data: Record<string, unknown> = {}): TraceEvent => ({ name, cat: 'devtools.timeline', ph: 'X', ts, dur, ...main, args: { data } });

// A load: the page's own 80 ms task, Backstory's script evaluation (named in a trace event),
// a task where only CPU samples show Backstory's code (a promise continuation), and a task on
// another renderer that must not count.
function sampleTrace(): TraceEvent[] {
  return [
    { name: 'CommitLoad', cat: 'devtools.timeline', ph: 'X', ts: 500, dur: 10, ...main, args: { data: { url: `${PAGE}#top`, isMainFrame: true } } },
    task(1_000, 80_000),
    task(100_000, 12_000),
    ev('EvaluateScript', 100_100, 11_000, { url: `${OURS}content-scripts/content.js` }),
    ev('v8.compile', 100_200, 2_000, { url: `${OURS}content-scripts/content.js` }),
    ev('Layout', 105_000, 3_000),
    task(200_000, 60_000, 30_000), // half of it the thread waited for the CPU
    ev('UpdateLayoutTree', 210_000, 1_000),
    task(300_000, 5_000),
    { name: 'RunTask', cat: 'toplevel', ph: 'X', ts: 1_000, dur: 900_000, pid: 9, tid: 1 },
    { name: 'Profile', cat: 'disabled-by-default-v8.cpu_profiler', ph: 'P', ts: 0, id: '0x1', ...main, args: { data: { startTime: 199_000 } } },
    {
      name: 'ProfileChunk',
      cat: 'disabled-by-default-v8.cpu_profiler',
      ph: 'P',
      ts: 0,
      id: '0x1',
      ...main,
      args: {
        data: {
          cpuProfile: {
            nodes: [
              { id: 1, callFrame: { functionName: '(root)' } },
              { id: 2, parent: 1, callFrame: { functionName: 'takeSnapshot', url: `${OURS}content-scripts/article.js`, lineNumber: 5 } },
              { id: 3, parent: 2, callFrame: { functionName: 'getComputedStyle' } },
              { id: 4, parent: 1, callFrame: { functionName: 'pageCode', url: PAGE, lineNumber: 1 } },
            ],
            samples: [3, 3, 2, 4],
          },
          timeDeltas: [1_500, 1_000, 1_000, 100_000],
        },
      },
    },
  ];
}

describe('bench:page trace reading', () => {
  it("finds the page's main thread and marks the tasks that ran the extension's code", () => {
    const trace = readPageTrace(sampleTrace(), PAGE, OURS)!;
    expect(trace.tasks.map((t) => [t.dur / 1000, t.ours])).toEqual([
      [80, false],
      [12, true], // named in EvaluateScript
      [60, true], // only the CPU samples show it
      [5, false], // the page's sample at 302.5 ms
    ]);
    expect(summarizeTasks(trace.tasks, 'cpu').longestOursMs).toBe(30);
    expect(summarizeTasks(trace.tasks)).toEqual({
      longestTaskMs: 80,
      longestOursMs: 60,
      ourTasks: 2,
      ourTaskMs: 72,
      longTasks: 2,
      ourLongTasks: 1,
    });
  });

  it('has nothing to say about a trace that never loaded the page', () => {
    expect(readPageTrace(sampleTrace(), 'https://other.example.org/', OURS)).toBeNull();
  });

  it("breaks the extension's time down by script, module and native call", () => {
    const trace = readPageTrace(sampleTrace(), PAGE, OURS)!;
    const source = ['(function() {', '\t// lib/page/detect.ts', 'function detect() {}', '\t// lib/page/extract.ts', 'function extract() {}', 'function takeSnapshot() {}'].join('\n');
    const b = breakdown(trace, OURS, { 'content-scripts/article.js': moduleMap(source) });
    expect(b.scripts['content-scripts/content.js']).toEqual({ compileMs: 2, evaluateMs: 11 });
    // Three samples: 1 + 1 ms, then one followed by a long gap, counted as two sampling intervals.
    expect(b.modules).toEqual({ 'lib/page/extract.ts': 4 });
    expect(b.phases).toEqual({ 'snapshot: text and links': 4 });
    expect(b.natives).toEqual({ getComputedStyle: 2 });
    // The Layout in Backstory's task counts; the style recalculation in the 60 ms task too.
    expect(b.styleLayoutInOurTasksMs).toBe(4);
  });
});

describe('bench:page module map', () => {
  it('names the module of each line, CommonJS packages inside a region too', () => {
    const source = [
      '(function() {',
      '\t// node_modules/@wxt-dev/webextension-polyfill/dist/browser.mjs',
      'polyfill();',
      '\t// lib/page/detect.ts',
      '\tvar import_Readability_readerable = /* @__PURE__ */ __toESM((/* @__PURE__ */ __commonJSMin(((exports, module) => {',
      'function isProbablyReaderable() {}',
      '\t})))(), 1);',
      'function detectArticle() {}',
    ].join('\n');
    const map = moduleMap(source);
    expect([2, 3, 5, 7].map((line) => moduleAt(map, line))).toEqual([
      'node_modules/@wxt-dev/webextension-polyfill/dist/browser.mjs',
      'lib/page/detect.ts',
      'cjs:Readability_readerable',
      'lib/page/detect.ts',
    ]);
    expect(phaseOf('cjs:Readability_readerable')).toBe('detection (readerable)');
    expect(phaseOf('node_modules/@wxt-dev/webextension-polyfill/dist/browser.mjs')).toBe('polyfill');
  });
});

describe('bench:page figures', () => {
  it('takes medians and spreads of finite samples', () => {
    expect(median([5, 1, 3, NaN])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(halfIqr([1, 2, 3, 4, 5])).toBe(1);
  });
});
