// The reader's server: where it is, how to sign in, and the database's encryption parameters.
import { createParams, isUsableParams, PARAMS_DOC_ID, unlock, type SyncKeys, type SyncParams } from './crypto';
import { classify, SyncError, UNREACHABLE } from './errors';
import type { PouchConstructor, PouchDatabase, PouchDoc } from './pouch-types';

/** What the reader typed in the options page. */
export interface RemoteConfig {
  /** A CouchDB server (`https://couch.example.org`) or one database on it
   * (`https://couch.example.org/notes`). */
  url: string;
  username?: string;
  password?: string;
}

/** CouchDB's per-user database name (couch_peruser): `userdb-` and the name's UTF-8 bytes in hex. */
export function perUserDatabase(username: string): string {
  return `userdb-${[...new TextEncoder().encode(username)].map((b) => b.toString(16).padStart(2, '0')).join('')}`;
}

/** The database's address and the credentials to send. A server address (no path) means the
 * reader's per-user database on it; credentials written into the address are taken out of it
 * (fetch refuses them there). */
export function resolveRemote(config: RemoteConfig): { dbUrl: string; origin: string; auth?: { username: string; password: string } } {
  let url: URL;
  try {
    url = new URL(config.url.trim());
  } catch {
    throw new SyncError('bad-address');
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new SyncError('bad-address');
  const username = config.username?.trim() || decodeURIComponent(url.username);
  const password = config.password ?? decodeURIComponent(url.password);
  url.username = '';
  url.password = '';
  url.search = '';
  url.hash = '';
  const path = url.pathname.replace(/\/+$/, '');
  if (!path) {
    if (!username) throw new SyncError('no-database', 'a server address needs a user name (its per-user database) or a database in the address');
    url.pathname = `/${perUserDatabase(username)}`;
  } else url.pathname = path;
  return { dbUrl: url.href, origin: url.origin, ...(username ? { auth: { username, password } } : {}) };
}

/** fetch that marks its own failures (no answer at all) so they read as "unreachable". */
export function markingFetch(inner: typeof fetch = (...args) => globalThis.fetch(...args)): typeof fetch {
  return async (input, init) => {
    try {
      return await inner(input, init);
    } catch (error) {
      const marked = error instanceof Error ? error : new Error(String(error));
      (marked as { [UNREACHABLE]?: true })[UNREACHABLE] = true;
      throw marked;
    }
  };
}

/** A PouchDB handle on the reader's database (nothing is sent until it is used). */
export function openRemote(PouchDB: PouchConstructor, config: RemoteConfig, fetchImpl?: typeof fetch): PouchDatabase {
  const { dbUrl, auth } = resolveRemote(config);
  return new PouchDB(dbUrl, {
    adapter: 'http',
    // ensureDatabase does the setup, so that a missing database is told apart from a wrong password.
    skip_setup: true,
    fetch: markingFetch(fetchImpl),
    ...(auth ? { auth } : {}),
  });
}

const statusOf = (error: unknown) => (error as { status?: number } | null)?.status;

/** Checks that the database exists (creating it when the account may) and that the credentials work. */
export async function ensureDatabase(remote: PouchDatabase): Promise<void> {
  // PouchDB's HTTP info() resolves (not rejects) with CouchDB's error body for a missing database.
  const info = (await remote.info().catch((error: unknown) => {
    throw classify(error);
  })) as { error?: string; status?: number };
  if (!info.error) return;
  if (info.error !== 'not_found' && info.status !== 404) throw classify(info);
  // CouchDB answers a missing database with 404 even to a wrong password; creating it tells
  // a wrong password (401) from an account that may not create databases (403).
  const created = await fetchCreate(remote).catch((error: unknown) => {
    throw classify(error);
  });
  if (created === 401) throw new SyncError('unauthorized');
  if (created !== 201 && created !== 202 && created !== 412) throw new SyncError('no-database', `PUT ${created}`);
}

async function fetchCreate(remote: PouchDatabase): Promise<number> {
  // PouchDB's own setup would hide the status; its fetch (with the credentials) shows it.
  if (!remote.fetch) throw new Error('not an http database');
  const response = await remote.fetch('', { method: 'PUT' });
  return response.status;
}

async function readParams(remote: PouchDatabase): Promise<SyncParams | null> {
  try {
    return (await remote.get(PARAMS_DOC_ID)) as unknown as SyncParams;
  } catch (error) {
    if (statusOf(error) === 404) return null;
    throw classify(error);
  }
}

/** The database's keys: derived from `passphrase` with the parameters on the server, or, for a
 * database that has none yet (the first device), with new ones written there. Writes nothing
 * locally; throws SyncError('wrong-passphrase') or ('passphrase-needed'). */
export async function unlockRemote(remote: PouchDatabase, passphrase: string | undefined): Promise<{ keys: SyncKeys; params: SyncParams }> {
  let params = await readParams(remote);
  if (!passphrase) throw new SyncError('passphrase-needed');
  if (!params) {
    const created = await createParams(passphrase);
    try {
      await remote.put(created.params as unknown as PouchDoc);
      return created;
    } catch (error) {
      // Another device set the database up at the same moment: use its parameters.
      if (statusOf(error) !== 409) throw classify(error);
      params = await readParams(remote);
      if (!params) throw new SyncError('server-error', 'the parameters document vanished');
    }
  }
  if (!isUsableParams(params)) throw new SyncError('server-error', 'the parameters document on the server is not usable');
  try {
    return { keys: await unlock(passphrase, params), params };
  } catch (error) {
    throw classify(error);
  }
}

/** Before each sync: the server's parameters must still be the ones the stored keys came from.
 * A database emptied on the server gets them back from this device's mirror. */
export async function checkRemoteParams(remote: PouchDatabase, mirror: PouchDatabase, keys: SyncKeys): Promise<void> {
  const params = await readParams(remote);
  if (params) {
    if (params.kdf?.salt !== keys.salt) throw new SyncError('passphrase-changed');
    return;
  }
  const own = await mirror.get(PARAMS_DOC_ID, { revs: true }).catch(() => null);
  if (!own || (own as unknown as SyncParams).kdf?.salt !== keys.salt) throw new SyncError('passphrase-changed', 'no parameters on the server');
  // Replication carries it back with its history; nothing else to do.
}
