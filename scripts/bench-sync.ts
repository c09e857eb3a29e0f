// The sync half of `npm run bench`, in the built extension (bench build) against the test
// CouchDB (tests/couch, on 127.0.0.1): how long a second, empty profile takes from "Turn on sync"
// until it holds a first profile's 1,000 notes, and what one debounced sync after a single edit
// costs the service worker (wall time of the run: outbox, encryption, both replications, apply).
import type { Page, Worker } from 'playwright-core';
import { startCouchServer, type CouchServer } from '../tests/couch/couch-server';
import { benchExtensionDir, launchWithExtension, type ExtensionBrowser } from './lib/browser';
import { makeNotes } from './lib/notes-bench';

export interface SyncBench {
  notes: number;
  /** First profile: "Turn on sync" until its notes are on the server. */
  firstUploadMs: number;
  /** Second, empty profile: "Turn on sync" until it holds every note. */
  secondProfileMs: number;
  /** One sync run started by the debounce after a single edit, per edit. */
  debouncedSyncMs: number[];
}

const USER = 'bench';
const PASSWORD = 'bench password';
const PASSPHRASE = 'bench passphrase for the notes';

type Handle = {
  backstory: {
    db: { notes: { bulkAdd(rows: unknown[]): Promise<unknown>; count(): Promise<number>; toCollection(): { first(): Promise<{ id: string; tags: string[] }> } } };
    articles: { notes: { recount(): Promise<unknown>; handlers: Record<string, (request: object) => Promise<unknown>> } };
    sync: { syncNow(): Promise<{ state: string }> };
  };
  __syncRuns?: number[];
};

/** Fills the options page's sync form and presses Turn on sync; resolves with the ms until the status is "ok". */
async function turnOn(options: Page, server: CouchServer): Promise<number> {
  await options.getByTestId('sync-url').fill(`${server.url}/bench-notes`);
  await options.getByTestId('sync-user').fill(USER);
  await options.getByTestId('sync-password').fill(PASSWORD);
  await options.getByTestId('sync-passphrase').fill(PASSPHRASE);
  const t0 = Date.now();
  await options.getByTestId('sync-on').click();
  await options.locator('[data-testid="sync"][data-state="ok"]').waitFor({ timeout: 600_000 });
  return Date.now() - t0;
}

async function openOptions(ext: ExtensionBrowser): Promise<Page> {
  const options = await ext.context.newPage();
  await options.goto(`chrome-extension://${ext.extensionId}/options.html`);
  return options;
}

/** Times every sync run the service starts from now on (the debounce calls syncNow). */
function timeRuns(worker: Worker): Promise<void> {
  return worker.evaluate(`(() => {
    const sync = globalThis.backstory.sync;
    const run = sync.syncNow.bind(sync);
    globalThis.__syncRuns = [];
    sync.syncNow = async () => {
      const t0 = performance.now();
      const status = await run();
      globalThis.__syncRuns.push(performance.now() - t0);
      return status;
    };
  })()`);
}

export async function benchSync(count = 1_000, edits = 5): Promise<SyncBench> {
  const server = await startCouchServer({ username: USER, password: PASSWORD });
  const profiles: ExtensionBrowser[] = [];
  try {
    const a = await launchWithExtension({ extensionPath: benchExtensionDir });
    profiles.push(a);
    await a.serviceWorker.evaluate(async (rows) => {
      const b = (globalThis as unknown as Handle).backstory;
      await b.db.notes.bulkAdd(rows);
      await b.articles.notes.recount();
    }, makeNotes(count, Math.ceil(count / 20)));
    const firstUploadMs = await turnOn(await openOptions(a), server);

    const b = await launchWithExtension({ extensionPath: benchExtensionDir });
    profiles.push(b);
    const secondProfileMs = await turnOn(await openOptions(b), server);
    const held = await b.serviceWorker.evaluate(() => (globalThis as unknown as Handle).backstory.db.notes.count());
    if (held !== count) throw new Error(`the second profile holds ${held} notes, not ${count}`);

    await timeRuns(b.serviceWorker);
    for (let i = 0; i < edits; i++) {
      await b.serviceWorker.evaluate(async (n) => {
        const h = globalThis as unknown as Handle;
        const note = await h.backstory.db.notes.toCollection().first();
        await h.backstory.articles.notes.handlers['panel/note-save']({ type: 'panel/note-save', id: note.id, body: `edit ${n}`, tags: note.tags });
      }, i);
      // Waits for the debounced run (as source text: tsx would wrap an inner arrow in __name).
      await b.serviceWorker.evaluate(`new Promise((resolve) => {
        const check = () => (globalThis.__syncRuns.length > ${i} ? resolve() : setTimeout(check, 50));
        check();
      })`);
    }
    const debouncedSyncMs = await b.serviceWorker.evaluate(() => (globalThis as unknown as Handle).__syncRuns ?? []);
    return { notes: count, firstUploadMs, secondProfileMs, debouncedSyncMs };
  } finally {
    for (const p of profiles) await p.close().catch(() => undefined);
    await server.stop();
  }
}

// `tsx scripts/bench-sync.ts` runs this part alone (after `wxt build --mode bench`).
if (import.meta.url === `file://${process.argv[1]}`) {
  const result = await benchSync();
  process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
}
