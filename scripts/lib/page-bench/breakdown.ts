// Where Backstory's time in a page goes, from one traced load: CPU samples in its scripts
// grouped by the source module they fall in (an unminified build keeps one `// path` comment
// per module), script compile and evaluation, and style/layout run inside its tasks.
// Pure, like trace.ts.
import { taskAt, type PageTrace } from './trace';

/** Line ranges of one bundled script: the module each line came from. */
export interface ModuleMap {
  /** Sorted by line (0-based); each region runs until the next one starts. */
  regions: { line: number; module: string }[];
}

/** Reads rolldown's `// path/to/module.ts` comments (and CommonJS wrappers inside a region). */
export function moduleMap(source: string): ModuleMap {
  const regions: ModuleMap['regions'] = [];
  const lines = source.split('\n');
  let current = '(bundle)';
  let cjs: string | null = null;
  for (let i = 0; i < lines.length; i++) {
    const marker = /^\t\/\/ (?:\0)?((?:node_modules|lib|entrypoints|components|virtual:|rolldown)[^\s]*|\\0\S+)$/.exec(lines[i]);
    if (marker) {
      current = marker[1].replace(/^\\0/, '').replace(/\?.*$/, '');
      cjs = null;
      regions.push({ line: i, module: current });
      continue;
    }
    // A CommonJS package inlined into an ES module's region: `var import_X = __toESM(...`
    const wrap = /^\tvar (import_\w+) = .*__commonJSMin/.exec(lines[i]);
    if (wrap) {
      cjs = wrap[1].replace(/^import_/, 'cjs:');
      regions.push({ line: i, module: cjs });
    } else if (cjs && /^\t\}\)+\(\), 1\);$/.test(lines[i])) {
      cjs = null;
      regions.push({ line: i + 1, module: current });
    }
  }
  return { regions };
}

export function moduleAt(map: ModuleMap, line: number): string {
  let lo = 0;
  let hi = map.regions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (map.regions[mid].line <= line) lo = mid + 1;
    else hi = mid;
  }
  return map.regions[lo - 1]?.module ?? '(bundle)';
}

/** What a module's time counts as, in words a reader of the bench understands. */
export function phaseOf(module: string): string {
  if (/webextension-polyfill/.test(module)) return 'polyfill';
  if (/node_modules\/wxt|rolldown|virtual:wxt|define-content-script/.test(module)) return 'WXT runtime';
  if (/readerable/i.test(module)) return 'detection (readerable)';
  if (/lib\/page\/detect/.test(module)) return 'detection';
  if (/page-watcher|content\/index|article-code/.test(module)) return 'watcher and messaging';
  if (/lib\/page\/(metadata|json-ld|dates|authors|title|original-source|hosts)/.test(module)) return 'snapshot: metadata';
  if (/lib\/page\//.test(module)) return 'snapshot: text and links';
  if (/lib\/highlight\//.test(module)) return 'highlights';
  if (/lib\/anchoring|approx-string-match/.test(module)) return 'notes anchoring';
  if (/preact|components\/cards|card-view|note-button|shadow-host|content\/layer/.test(module)) return 'layer, cards, note button';
  return module;
}

export interface Breakdown {
  /** Per script file of the extension: compile and top-level evaluation (trace events), ms. */
  scripts: Record<string, { compileMs: number; evaluateMs: number }>;
  /** CPU samples in the extension's code, by phase and by module (ms). */
  phases: Record<string, number>;
  modules: Record<string, number>;
  /** Native functions the extension's code spent most time in (leaf frames without a URL), ms. */
  natives: Record<string, number>;
  /** Style recalculation and layout run inside tasks that ran the extension's code, ms. */
  styleLayoutInOurTasksMs: number;
}

const add = (rec: Record<string, number>, key: string, v: number) => {
  rec[key] = (rec[key] ?? 0) + v;
};

/** `maps`: script file name (e.g. `content-scripts/content.js`) → its module map. */
export function breakdown(trace: PageTrace, ourPrefix: string, maps: Record<string, ModuleMap>): Breakdown {
  const out: Breakdown = { scripts: {}, phases: {}, modules: {}, natives: {}, styleLayoutInOurTasksMs: 0 };
  const fileOf = (url: string) => url.slice(ourPrefix.length).replace(/^\//, '');
  for (const e of trace.ourEvents) {
    const data = (e.args?.data ?? e.args) as { url?: string; fileName?: string } | undefined;
    const url = data?.url ?? data?.fileName ?? '';
    if (!url.startsWith(ourPrefix)) continue;
    const s = (out.scripts[fileOf(url)] ??= { compileMs: 0, evaluateMs: 0 });
    if (/compile/i.test(e.name)) s.compileMs += (e.dur ?? 0) / 1000;
    else if (e.name === 'EvaluateScript') s.evaluateMs += (e.dur ?? 0) / 1000;
  }
  for (const sample of trace.samples) {
    const i = sample.stack.findIndex((f) => f.url.startsWith(ourPrefix));
    if (i < 0) continue;
    const frame = sample.stack[i];
    const file = fileOf(frame.url);
    const module = maps[file] ? moduleAt(maps[file], frame.lineNumber) : file;
    const ms = sample.dur / 1000;
    add(out.modules, module, ms);
    add(out.phases, phaseOf(module), ms);
    if (i > 0) add(out.natives, sample.stack[0].functionName || '(native)', ms);
  }
  for (const e of trace.mainEvents) {
    if (e.name !== 'Layout' && e.name !== 'UpdateLayoutTree' && e.name !== 'RecalculateStyles') continue;
    if (taskAt(trace.tasks, e.ts)?.ours) out.styleLayoutInOurTasksMs += (e.dur ?? 0) / 1000;
  }
  return out;
}
