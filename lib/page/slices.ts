// Long work on the page's main thread, cut into slices that yield to the page in between, so
// reading a long article never holds the page for long (a task over 50 ms is one the reader can
// feel). The work is a generator that yields at points where it may pause; the driver pauses
// there only once the current slice has run its time. Pure: the clock and the way to yield are
// passed in (unit tests drive both).

/** Time per slice: a few frames' worth of work, far below the 50 ms long-task line. */
export const SLICE_MS = 8;

export interface SliceOptions {
  now: () => number;
  /** Gives the page its turn; resolves when our next slice may run. */
  yieldToPage: () => Promise<void>;
  sliceMs?: number;
}

/** What running sliced work cost the main thread. */
export interface SliceStats {
  slices: number;
  /** Sum of the slices. */
  totalMs: number;
  longestSliceMs: number;
}

/** Runs steps (a generator that yields where it may pause) to their end, without pausing. */
export function runToEnd<T>(steps: Generator<unknown, T, void>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** Runs `work` to its end, pausing at its yields once a slice has taken `sliceMs`. */
export async function runInSlices<T>(work: Generator<unknown, T, void>, options: SliceOptions): Promise<{ value: T; stats: SliceStats }> {
  const { now, yieldToPage, sliceMs = SLICE_MS } = options;
  const stats: SliceStats = { slices: 1, totalMs: 0, longestSliceMs: 0 };
  let start = now();
  const endSlice = () => {
    const took = now() - start;
    stats.totalMs += took;
    if (took > stats.longestSliceMs) stats.longestSliceMs = took;
  };
  for (;;) {
    const step = work.next();
    if (step.done) {
      endSlice();
      return { value: step.value, stats };
    }
    if (now() - start >= sliceMs) {
      endSlice();
      await yieldToPage();
      start = now();
      stats.slices++;
    }
  }
}

type SchedulerLike = { yield?: () => Promise<void> };

/**
 * The page's way to yield: `scheduler.yield()` where the browser has it (our next slice keeps its
 * place ahead of other queued work), else a message to ourselves (a new task, without the
 * clamping nested setTimeout(0) gets).
 */
export function pageYielder(win: Window & typeof globalThis): () => Promise<void> {
  const scheduler = (win as Window & { scheduler?: SchedulerLike }).scheduler;
  if (typeof scheduler?.yield === 'function') return () => scheduler.yield!.call(scheduler);
  if (typeof win.MessageChannel === 'function') {
    const channel = new win.MessageChannel();
    const waiting: (() => void)[] = [];
    channel.port1.onmessage = () => waiting.shift()?.();
    return () =>
      new Promise<void>((resolve) => {
        waiting.push(resolve);
        channel.port2.postMessage(null);
      });
  }
  return () => new Promise<void>((resolve) => win.setTimeout(resolve, 0));
}
