// Stopping the extension's MV3 service worker the way the browser does after ~30 s idle, through
// the DevTools protocol, so tests can check that nothing the reader sees lived only in its memory.
// The ServiceWorker domain is reached through a CDP session on one of the extension's own pages:
// that page shares the extension's storage partition, where its worker is registered.
import type { Page, Worker } from 'playwright-core';
import type { ExtensionBrowser } from './browser';

interface WorkerVersion {
  versionId: string;
  scriptURL: string;
  runningStatus: 'stopped' | 'starting' | 'running' | 'stopping';
}

/**
 * Stops the extension's service worker from `extensionPage` (any chrome-extension:// page of it)
 * and resolves once the browser reports it stopped and its DevTools target is gone (or belongs
 * to a new instance the browser started since).
 */
export async function stopServiceWorker(ext: ExtensionBrowser, extensionPage: Page): Promise<void> {
  const cdp = await ext.context.newCDPSession(extensionPage);
  const script = `chrome-extension://${ext.extensionId}/`;
  const versions = new Map<string, WorkerVersion>();
  let changed: () => void = () => undefined;
  cdp.on('ServiceWorker.workerVersionUpdated', ({ versions: updated }) => {
    for (const v of updated as WorkerVersion[]) if (v.scriptURL.startsWith(script)) versions.set(v.versionId, v);
    changed();
  });
  const until = (test: () => boolean, what: string, timeout = 10_000) =>
    new Promise<void>((resolve, reject) => {
      if (test()) return resolve();
      const timer = setTimeout(() => reject(new Error(`service worker: ${what} within ${timeout} ms`)), timeout);
      changed = () => {
        if (!test()) return;
        clearTimeout(timer);
        resolve();
      };
    });
  try {
    // Marks the running instance, so restartedServiceWorker can tell a new one from it.
    await ext.serviceWorker.evaluate((mark) => void ((globalThis as Record<string, unknown>)[mark] = true), MARK);
    await cdp.send('ServiceWorker.enable'); // reports the versions that exist now
    await until(() => [...versions.values()].some((v) => v.runningStatus === 'running'), 'no running version seen');
    for (const v of versions.values()) if (v.runningStatus === 'running') await cdp.send('ServiceWorker.stopWorker', { versionId: v.versionId });
    await until(() => [...versions.values()].every((v) => v.runningStatus === 'stopped'), 'did not stop');
    const { targetInfos } = await cdp.send('Target.getTargets');
    const left = targetInfos.filter((t) => t.type === 'service_worker' && t.url.startsWith(script));
    // Any event (a page's message, a tab update) starts it again at once: then it must be a new
    // instance, without the mark.
    if (left.length) await restartedServiceWorker(ext);
  } finally {
    await cdp.detach().catch(() => undefined);
  }
}

const MARK = '__stoppedByTest';

/**
 * The worker the browser started again after stopServiceWorker (it starts on the next event: a
 * message, a tab update), once it answers; throws if the answering worker is the old instance.
 * Playwright may keep one Worker handle across the restart or make a new one: `ext.serviceWorker`
 * is set to the one that answers, so the harness's helpers talk to the new instance.
 */
export async function restartedServiceWorker(ext: ExtensionBrowser, timeout = 15_000): Promise<Worker> {
  const until = Date.now() + timeout;
  while (Date.now() < until) {
    const workers = ext.context.serviceWorkers().filter((w) => w.url().startsWith(`chrome-extension://${ext.extensionId}/`));
    for (const worker of workers.reverse()) {
      // A handle on a stopped worker never answers: ask with a short deadline.
      const marked = await Promise.race([
        worker.evaluate((mark) => (globalThis as Record<string, unknown>)[mark] === true, MARK).catch(() => null),
        new Promise<null>((resolve) => setTimeout(() => resolve(null), 500)),
      ]);
      if (marked === true) throw new Error('the service worker answering is the instance that was to be stopped');
      if (marked === false) {
        ext.serviceWorker = worker;
        return worker;
      }
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`the service worker did not start again within ${timeout} ms`);
}
