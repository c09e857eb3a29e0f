// The background's sync: turning it on and off, syncing now, soon after a local write, and on
// a schedule. All its I/O comes in as arguments (storage, the key store, PouchDB, timers), so
// unit tests drive it with a memory mirror and a real test server.
//
// Nothing is stored or sent before the reader turns sync on; turning on checks the server, the
// password and the passphrase first and stores the settings and keys only when all are right.
// Turning off forgets the settings, keys and mirror and keeps every note in the browser.
import type { SyncKeys } from './crypto';
import { syncOnce } from './engine';
import { classify, SyncError, type SyncProblem } from './errors';
import type { SyncRef } from './items';
import type { KeyStore } from './key-store';
import type { LocalStore } from './local-store';
import type { PouchConstructor, PouchDatabase } from './pouch-types';
import { ensureDatabase, openRemote, resolveRemote, unlockRemote } from './remote';
import { NEEDS_READER, SYNC_OFF, type SyncSettings, type SyncStatus } from './status';

export { NEEDS_READER, SYNC_OFF, type SyncSettings, type SyncStatus } from './status';

export interface Stored<T> {
  get(): Promise<T>;
  set(value: T): Promise<void>;
}

export interface SyncServiceDeps {
  store: LocalStore;
  settings: Stored<SyncSettings | null>;
  status: Stored<SyncStatus>;
  keys: KeyStore;
  /** PouchDB with the HTTP adapter and replication (the mirror's adapter does not matter here). */
  Pouch: PouchConstructor;
  /** The mirror database (same name every time: it persists between service worker runs). */
  openMirror(): PouchDatabase;
  /** Other devices' changes were applied here: repaint what shows them. */
  changed(refs: SyncRef[]): void;
  /** Starts or stops the periodic sync (chrome.alarms in the extension). */
  schedule(on: boolean): void;
  fetch?: typeof fetch;
  now?: () => number;
  setTimer?: (run: () => void, ms: number) => unknown;
  clearTimer?: (handle: unknown) => void;
  /** How long after a local write to sync (more writes within it wait with it). */
  debounceMs?: number;
}

export class SyncService {
  private mirrorDb: PouchDatabase | null = null;
  private current: Promise<unknown> = Promise.resolve();
  private queued: Promise<SyncStatus> | null = null;
  private timer: unknown = null;

  constructor(private readonly deps: SyncServiceDeps) {}

  private now(): number {
    return (this.deps.now ?? Date.now)();
  }

  private mirror(): PouchDatabase {
    this.mirrorDb ??= this.deps.openMirror();
    return this.mirrorDb;
  }

  private async setStatus(status: SyncStatus): Promise<SyncStatus> {
    await this.deps.status.set(status);
    return status;
  }

  status(): Promise<SyncStatus> {
    return this.deps.status.get();
  }

  /** Turns sync on with these settings; `passphrase` is needed on every device (the first
   * chooses it). On a problem nothing is stored and the status says why. */
  async turnOn(settings: SyncSettings, passphrase: string | undefined): Promise<SyncStatus> {
    let keys: SyncKeys;
    let database: string;
    try {
      database = resolveRemote(settings).dbUrl;
      const remote = openRemote(this.deps.Pouch, settings, this.deps.fetch);
      await ensureDatabase(remote);
      keys = (await unlockRemote(remote, passphrase)).keys;
    } catch (error) {
      const problem = classify(error);
      return this.setStatus({ state: 'off', problem: problem.problem, message: problem.message, problemAt: this.now() });
    }
    await this.whenIdle();
    // A mirror left from an earlier setup holds another key's documents: start afresh.
    await this.destroyMirror();
    await this.deps.keys.set(keys);
    await this.deps.settings.set(settings);
    await this.deps.store.markAllPending();
    await this.setStatus({ state: 'syncing', database });
    this.deps.schedule(true);
    return this.syncNow();
  }

  /** Refuses to turn on for a reason found before asking the server (no permission to reach it). */
  async refuse(problem: SyncProblem): Promise<SyncStatus> {
    const refused = new SyncError(problem);
    const status: SyncStatus = { state: 'off', problem, message: refused.message, problemAt: this.now() };
    const current = await this.status();
    return current.state === 'off' ? this.setStatus(status) : status;
  }

  /** Forgets the server, the keys and the mirror; the notes here stay as they are. */
  async turnOff(): Promise<SyncStatus> {
    this.cancelTimer();
    this.deps.schedule(false);
    await this.deps.settings.set(null);
    await this.whenIdle();
    await this.destroyMirror();
    await this.deps.keys.set(null);
    await this.deps.store.clearPending();
    return this.setStatus(SYNC_OFF);
  }

  /** Syncs now (after the sync under way, if any; calls meanwhile share one run). */
  syncNow(): Promise<SyncStatus> {
    if (this.queued) return this.queued;
    const run = this.current.then(() => {
      this.queued = null; // started: a call from now on queues the next run
      return this.runOnce();
    });
    this.queued = run;
    this.current = run.catch(() => undefined);
    return run;
  }

  /** A local write happened: sync a little later, once the reader pauses. */
  localWrite(): void {
    this.cancelTimer();
    const set = this.deps.setTimer ?? ((run, ms) => setTimeout(run, ms));
    this.timer = set(() => {
      this.timer = null;
      void this.syncNow();
    }, this.deps.debounceMs ?? 2_000);
  }

  /** The periodic alarm: sync, unless the last problem waits for the reader. */
  async onSchedule(): Promise<SyncStatus> {
    const status = await this.status();
    if (status.state === 'off' || (status.problem && NEEDS_READER.has(status.problem))) return status;
    return this.syncNow();
  }

  private cancelTimer(): void {
    if (this.timer === null) return;
    (this.deps.clearTimer ?? ((h) => clearTimeout(h as ReturnType<typeof setTimeout>)))(this.timer);
    this.timer = null;
  }

  private async whenIdle(): Promise<void> {
    await this.current.catch(() => undefined);
  }

  private async destroyMirror(): Promise<void> {
    const db = this.mirror();
    this.mirrorDb = null;
    await db.destroy();
  }

  private async runOnce(): Promise<SyncStatus> {
    const settings = await this.deps.settings.get();
    if (!settings) return this.status(); // off: nothing to do, nothing to write
    const before = await this.status();
    const database = resolveRemote(settings).dbUrl;
    const keep = { database, ...(before.lastSyncedAt ? { lastSyncedAt: before.lastSyncedAt } : {}) };
    const keys = await this.deps.keys.get();
    if (!keys) {
      // The key store was cleared (browser data removed): the passphrase is needed again.
      const problem = new SyncError('passphrase-needed');
      return this.setStatus({ ...keep, state: 'problem', problem: problem.problem, message: problem.message, problemAt: this.now() });
    }
    await this.setStatus({ ...before, ...keep, state: 'syncing' });
    try {
      const remote = openRemote(this.deps.Pouch, settings, this.deps.fetch);
      await syncOnce({ mirror: this.mirror(), remote, keys, store: this.deps.store, onApplied: (refs) => this.deps.changed(refs) });
      return this.setStatus({ database, state: 'ok', lastSyncedAt: this.now() });
    } catch (error) {
      const problem = classify(error);
      return this.setStatus({ ...keep, state: 'problem', problem: problem.problem, message: problem.message, problemAt: this.now() });
    }
  }
}
