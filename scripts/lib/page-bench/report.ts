// The figures of `npm run bench:page`, from the raw loads: what Backstory adds above the empty
// extension, per page, as a table and as rows for bench-output/page.json.
import type { Breakdown } from './breakdown';
import type { LoadMetrics, Profile } from './loads';
import type { BenchPage } from './pages';
import type { TaskSummary } from './trace';

export interface PageResult {
  page: BenchPage;
  metrics: Record<Profile['name'], LoadMetrics[]>;
  tasks: Record<'none' | 'backstory', TaskSummary[]>;
  parseMs: number[];
  breakdown: Breakdown | null;
}

export interface PageRow {
  page: string;
  kind: BenchPage['kind'];
  /** What Backstory decided (article / not-article / failed). */
  backstory: string;
  highlights: number | null;
  /** Backstory above the empty extension (medians), ms. */
  scriptMs: number;
  taskMs: number;
  styleLayoutMs: number;
  /** Half the interquartile range of Backstory's own script and task samples. */
  scriptSpreadMs: number;
  taskSpreadMs: number;
  /** The empty extension above no extension. */
  floorScriptMs: number;
  floorTaskMs: number;
  /** Longest task that ran Backstory's code (traced loads, median). */
  longestBackstoryTaskMs: number | null;
  longestTaskWithMs: number | null;
  longestTaskWithoutMs: number | null;
  /** Tasks over 50 ms that ran Backstory's code (max over traced loads). */
  backstoryLongTasks: number | null;
  parseMs: number;
}

export function median(xs: number[]): number {
  const s = xs.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  if (s.length === 0) return NaN;
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
}

/** Half the interquartile range: how far a typical load is from the median. */
export function halfIqr(xs: number[]): number {
  const s = xs.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  if (s.length < 2) return NaN;
  const q = (p: number) => {
    const i = (s.length - 1) * p;
    const lo = Math.floor(i);
    return s[lo] + (s[Math.min(lo + 1, s.length - 1)] - s[lo]) * (i - lo);
  };
  return (q(0.75) - q(0.25)) / 2;
}

export function rowFor(r: PageResult): PageRow {
  const m = (name: Profile['name'], key: keyof Omit<LoadMetrics, 'backstory'>) => median(r.metrics[name].map((x) => x[key]));
  const styleLayout = (name: Profile['name']) => median(r.metrics[name].map((x) => x.layoutMs + x.styleMs));
  const views = r.metrics.backstory.map((x) => x.backstory).filter((v) => !!v);
  const statuses = [...new Set(views.map((v) => v!.status))];
  const painted = views.map((v) => v!.highlights).filter((h): h is number => typeof h === 'number');
  const t = (name: 'none' | 'backstory', key: keyof TaskSummary) => (r.tasks[name].length ? median(r.tasks[name].map((x) => x[key])) : null);
  return {
    page: r.page.name,
    kind: r.page.kind,
    backstory: statuses.join('/') || 'unknown',
    highlights: painted.length ? median(painted) : null,
    scriptMs: m('backstory', 'scriptMs') - m('empty', 'scriptMs'),
    taskMs: m('backstory', 'taskMs') - m('empty', 'taskMs'),
    styleLayoutMs: styleLayout('backstory') - styleLayout('empty'),
    scriptSpreadMs: halfIqr(r.metrics.backstory.map((x) => x.scriptMs)),
    taskSpreadMs: halfIqr(r.metrics.backstory.map((x) => x.taskMs)),
    floorScriptMs: m('empty', 'scriptMs') - m('none', 'scriptMs'),
    floorTaskMs: m('empty', 'taskMs') - m('none', 'taskMs'),
    longestBackstoryTaskMs: t('backstory', 'longestOursMs'),
    longestTaskWithMs: t('backstory', 'longestTaskMs'),
    longestTaskWithoutMs: t('none', 'longestTaskMs'),
    backstoryLongTasks: r.tasks.backstory.length ? Math.max(...r.tasks.backstory.map((x) => x.ourLongTasks)) : null,
    parseMs: median(r.parseMs),
  };
}

const f = (x: number | null, digits = 1) => (x === null || Number.isNaN(x) ? '—' : x.toFixed(digits));

function align(table: string[][]): string {
  const widths = table[0].map((_, i) => Math.max(...table.map((row) => row[i].length)));
  return table
    .map((row, i) => {
      const line = row.map((c, j) => (j < 3 ? c.padEnd(widths[j]) : c.padStart(widths[j]))).join('  ');
      return i === 0 ? `${line}\n${widths.map((w) => '-'.repeat(w)).join('  ')}` : line;
    })
    .join('\n');
}

export function formatTable(rows: PageRow[]): string {
  const header = ['page', 'kind', 'Backstory saw', 'script', '±', 'task', '±', 'style+layout', 'longest Backstory task', 'longest task with / without', '>50 ms', 'parse()', 'floor script/task'];
  return align([
    header,
    ...rows.map((r) => [
      r.page,
      r.kind,
      r.backstory + (r.highlights !== null ? ` (${r.highlights} hl)` : ''),
      f(r.scriptMs),
      f(r.scriptSpreadMs),
      f(r.taskMs),
      f(r.taskSpreadMs),
      f(r.styleLayoutMs),
      f(r.longestBackstoryTaskMs),
      `${f(r.longestTaskWithMs)} / ${f(r.longestTaskWithoutMs)}`,
      r.backstoryLongTasks === null ? '—' : String(r.backstoryLongTasks),
      f(r.parseMs),
      `${f(r.floorScriptMs)} / ${f(r.floorTaskMs)}`,
    ]),
  ]);
}

const top = (rec: Record<string, number>, n: number) =>
  Object.entries(rec)
    .sort((a, b) => b[1] - a[1])
    .slice(0, n)
    .filter(([, v]) => v >= 0.05)
    .map(([k, v]) => `${k} ${v.toFixed(1)}`)
    .join(', ');

/** Per page: compile/evaluate of each script, CPU samples by phase, top modules and native calls. */
export function formatBreakdown(results: PageResult[]): string {
  const lines = ['Where Backstory\'s time goes (one traced load per page; ms; CPU samples in its code, by phase and module):'];
  for (const r of results) {
    const b = r.breakdown;
    if (!b) continue;
    const scripts = Object.entries(b.scripts)
      .map(([file, s]) => `${file.replace('content-scripts/', '')} compile ${s.compileMs.toFixed(1)} evaluate ${s.evaluateMs.toFixed(1)}`)
      .join('; ');
    lines.push(
      `\n${r.page.name}: ${scripts}; style/layout inside Backstory's tasks ${b.styleLayoutInOurTasksMs.toFixed(1)}`,
      `  phases:  ${top(b.phases, 12)}`,
      `  modules: ${top(b.modules, 10)}`,
      `  native:  ${top(b.natives, 8)}`,
    );
  }
  return lines.join('\n');
}
