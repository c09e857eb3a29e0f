// Reading a Chromium trace of one page load: the page's main-thread tasks, which of them ran
// code of one extension (its scripts' URLs in trace events, or in the stacks of the V8 CPU
// profiler's samples), and where that extension's CPU samples fell. Pure: the bench records
// the trace, this module only reads it, so it is unit-tested on small hand-made traces.

export interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  ts: number;
  dur?: number;
  /** Thread time (CPU) of a complete event, µs. */
  tdur?: number;
  pid: number;
  tid: number;
  id?: string | number;
  args?: Record<string, unknown>;
}

interface CallFrame {
  functionName: string;
  url: string;
  lineNumber: number;
  columnNumber?: number;
}

/** One CPU-profiler sample on the page's main thread: when, for how long, and its stack (leaf first). */
export interface Sample {
  ts: number;
  /** Microseconds until the next sample (the last one gets the median interval). */
  dur: number;
  stack: CallFrame[];
}

export interface Task {
  ts: number;
  dur: number;
  /** The main thread's CPU time in the task (its wall time when the trace has none). */
  cpu: number;
  /** The task ran code of the extension (an event or a CPU sample in its scripts). */
  ours: boolean;
}

export interface PageTrace {
  tasks: Task[];
  samples: Sample[];
  /** Trace events on the main thread that name one of the extension's scripts. */
  ourEvents: TraceEvent[];
  /** All complete events on the main thread (for style/layout attribution). */
  mainEvents: TraceEvent[];
}

const withoutHash = (url: string) => url.replace(/#.*$/, '');

/** The renderer main thread that committed `pageUrl` as its main frame. */
export function findMainThread(events: TraceEvent[], pageUrl: string): { pid: number; tid: number } | null {
  const wanted = withoutHash(pageUrl);
  for (const e of events) {
    if (e.name !== 'CommitLoad') continue;
    const data = e.args?.data as { url?: string; isMainFrame?: boolean } | undefined;
    if (data?.isMainFrame && data.url && withoutHash(data.url) === wanted) return { pid: e.pid, tid: e.tid };
  }
  return null;
}

/** The CPU profiler's samples on one thread, in time order. */
export function profileSamples(events: TraceEvent[], thread: { pid: number; tid: number }): Sample[] {
  interface Profile {
    time: number;
    nodes: Map<number, { frame: CallFrame; parent?: number }>;
    raw: { ts: number; node: number }[];
  }
  const profiles = new Map<string, Profile>();
  for (const e of events) {
    if (e.pid !== thread.pid || e.id === undefined) continue;
    const key = String(e.id);
    const data = e.args?.data as Record<string, unknown> | undefined;
    if (e.name === 'Profile' && e.tid === thread.tid) {
      profiles.set(key, { time: Number(data?.startTime ?? e.ts), nodes: new Map(), raw: [] });
    } else if (e.name === 'ProfileChunk') {
      const p = profiles.get(key);
      if (!p || !data) continue;
      const cpu = data.cpuProfile as { nodes?: { id: number; callFrame?: Partial<CallFrame>; parent?: number }[]; samples?: number[] } | undefined;
      for (const n of cpu?.nodes ?? []) {
        const { functionName = '', url = '', lineNumber = -1, columnNumber } = n.callFrame ?? {};
        p.nodes.set(n.id, { frame: { functionName, url, lineNumber, columnNumber }, parent: n.parent });
      }
      const deltas = (data.timeDeltas as number[] | undefined) ?? [];
      const samples = cpu?.samples ?? [];
      for (let i = 0; i < samples.length; i++) {
        p.time += deltas[i] ?? 0;
        p.raw.push({ ts: p.time, node: samples[i] });
      }
    }
  }
  const out: Sample[] = [];
  for (const p of profiles.values()) {
    const stackOf = (id: number): CallFrame[] => {
      const stack: CallFrame[] = [];
      for (let n = p.nodes.get(id); n; n = n.parent === undefined ? undefined : p.nodes.get(n.parent)) stack.push(n.frame);
      return stack;
    };
    const gaps = p.raw.slice(1).map((s, i) => s.ts - p.raw[i].ts).sort((a, b) => a - b);
    const typical = gaps.length ? gaps[gaps.length >> 1] : 100;
    p.raw.forEach((s, i) => {
      // A long gap is the thread idling between samples, not the sample's own time.
      const dur = i + 1 < p.raw.length ? Math.min(p.raw[i + 1].ts - s.ts, 2 * typical) : typical;
      out.push({ ts: s.ts, dur, stack: stackOf(s.node) });
    });
  }
  return out.sort((a, b) => a.ts - b.ts);
}

const namesOurs = (value: unknown, prefix: string): boolean => JSON.stringify(value ?? null).includes(prefix);

/** The page's main-thread tasks, marked when they ran code from URLs starting with `ourPrefix`. */
export function readPageTrace(events: TraceEvent[], pageUrl: string, ourPrefix: string): PageTrace | null {
  const thread = findMainThread(events, pageUrl);
  if (!thread) return null;
  const main = events
    .filter((e) => e.pid === thread.pid && e.tid === thread.tid && e.ph === 'X' && typeof e.dur === 'number')
    .sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  const tasks: Task[] = [];
  let end = -Infinity;
  for (const e of main) {
    if (!e.cat.split(',').includes('toplevel') || e.ts < end) continue; // outermost tasks only
    tasks.push({ ts: e.ts, dur: e.dur!, cpu: e.tdur ?? e.dur!, ours: false });
    end = e.ts + e.dur!;
  }
  const ourEvents = main.filter((e) => namesOurs(e.args, ourPrefix));
  const samples = profileSamples(events, thread);
  const mark = (ts: number) => {
    const t = taskAt(tasks, ts);
    if (t) t.ours = true;
  };
  for (const e of ourEvents) mark(e.ts);
  for (const s of samples) if (s.stack.some((f) => f.url.startsWith(ourPrefix))) mark(s.ts);
  return { tasks, samples, ourEvents, mainEvents: main };
}

/** The task running at `ts`, by binary search over tasks in time order. */
export function taskAt(tasks: Task[], ts: number): Task | null {
  let lo = 0;
  let hi = tasks.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tasks[mid].ts <= ts) lo = mid + 1;
    else hi = mid;
  }
  const t = tasks[lo - 1];
  return t && ts <= t.ts + t.dur ? t : null;
}

export interface TaskSummary {
  /** The longest main-thread task, whoever ran it (ms). */
  longestTaskMs: number;
  /** The longest task that ran the extension's code (ms; 0 when none did). */
  longestOursMs: number;
  /** Tasks that ran the extension's code, their count and summed length (ms). */
  ourTasks: number;
  ourTaskMs: number;
  /** Tasks over 50 ms: all, and those that ran the extension's code. */
  longTasks: number;
  ourLongTasks: number;
}

/** `clock`: 'cpu' counts the main thread's CPU time in each task, so that other processes on a
 * busy machine do not lengthen them; 'wall' the tasks' wall time (what a reader waits). */
export function summarizeTasks(tasks: Task[], clock: 'cpu' | 'wall' = 'wall', longMs = 50): TaskSummary {
  const ms = (t: Task) => (clock === 'cpu' ? t.cpu : t.dur) / 1000;
  const ours = tasks.filter((t) => t.ours);
  return {
    longestTaskMs: Math.max(0, ...tasks.map(ms)),
    longestOursMs: Math.max(0, ...ours.map(ms)),
    ourTasks: ours.length,
    ourTaskMs: ours.reduce((sum, t) => sum + ms(t), 0),
    longTasks: tasks.filter((t) => ms(t) > longMs).length,
    ourLongTasks: ours.filter((t) => ms(t) > longMs).length,
  };
}
