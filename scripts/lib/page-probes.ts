// Probes installed in a page before it loads: elements added after the parser is done, long
// tasks (> 50 ms), and, where Chromium attributes script time in long animation frames, the time
// spent in an extension's scripts. Read back with readPageProbes().
import type { Page } from 'playwright-core';

export interface PageProbes {
  /** Local names of the elements added after DOMContentLoaded, by anyone. */
  added: string[];
  /** Durations (ms) of the page's long tasks. */
  longTasks: number[];
  /** Per long animation frame, script time (ms) whose source is the given extension. */
  extensionFrameScripts: number[];
}

export async function installPageProbes(page: Page, extensionId: string | null): Promise<void> {
  await page.addInitScript((id: string | null) => {
    const probes = { added: [] as string[], longTasks: [] as number[], extensionFrameScripts: [] as number[] };
    Object.defineProperty(window, '__probes', { value: probes });
    const observer = new MutationObserver((records) => {
      for (const r of records) for (const n of r.addedNodes) if (n.nodeType === 1) probes.added.push((n as Element).localName);
    });
    document.addEventListener('DOMContentLoaded', () => observer.observe(document, { childList: true, subtree: true }));
    try {
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) probes.longTasks.push(e.duration);
      }).observe({ type: 'longtask', buffered: true });
    } catch {
      /* no long task timing */
    }
    if (!id) return;
    try {
      new PerformanceObserver((list) => {
        for (const frame of list.getEntries() as unknown as { scripts?: { sourceURL?: string; duration: number }[] }[]) {
          const ours = (frame.scripts ?? []).filter((s) => (s.sourceURL ?? '').startsWith(`chrome-extension://${id}/`));
          if (ours.length) probes.extensionFrameScripts.push(ours.reduce((t, s) => t + s.duration, 0));
        }
      }).observe({ type: 'long-animation-frame', buffered: true });
    } catch {
      /* no long animation frame timing */
    }
  }, extensionId);
}

export function readPageProbes(page: Page): Promise<PageProbes> {
  return page
    .evaluate(() => (window as unknown as { __probes?: PageProbes }).__probes ?? { added: [], longTasks: [], extensionFrameScripts: [] })
    .catch(() => ({ added: [], longTasks: [], extensionFrameScripts: [] }));
}
