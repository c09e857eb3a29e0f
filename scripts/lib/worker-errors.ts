// The service worker's errors, warnings and unhandled rejections, recorded inside the worker (until
// it restarts) and taken out in turns: what corpus:browser and the hostile-page tests report as
// Backstory's own errors.
import type { ExtensionBrowser } from './browser';

/** Starts recording in the worker (once; later calls keep the same record). */
export async function watchWorkerErrors(ext: ExtensionBrowser): Promise<void> {
  await ext.serviceWorker.evaluate(() => {
    const g = globalThis as unknown as { __backstoryWorkerErrors?: string[] };
    if (g.__backstoryWorkerErrors) return;
    const log: string[] = [];
    g.__backstoryWorkerErrors = log;
    for (const level of ['error', 'warn'] as const) {
      const original = console[level].bind(console);
      console[level] = (...parts: unknown[]) => {
        log.push(`${level}: ${parts.map((p) => (p instanceof Error ? p.message : String(p))).join(' ')}`);
        original(...parts);
      };
    }
    self.addEventListener('error', (e) => log.push(`error: ${e.message}`));
    self.addEventListener('unhandledrejection', (e) => log.push(`unhandled: ${String(e.reason)}`));
  });
}

/** What was recorded since the last call (and clears it). */
export function takeWorkerErrors(ext: ExtensionBrowser): Promise<string[]> {
  return ext.serviceWorker.evaluate(() => (globalThis as unknown as { __backstoryWorkerErrors?: string[] }).__backstoryWorkerErrors?.splice(0) ?? []);
}
