// Starts the test CouchDB (server-process.mjs) on 127.0.0.1 on a free port, in a child process
// stopped by its process id. Used by the unit tests, the browser tests and the bench.
import { fork, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export interface CouchServer {
  /** http://127.0.0.1:PORT (no trailing slash). */
  url: string;
  port: number;
  pid: number;
  /** Basic-auth credentials the server requires, when it requires any. */
  auth?: { username: string; password: string };
  /** Stops listening and drops every connection: the server is unreachable, its data kept. */
  offline(): Promise<void>;
  /** Listens again on the same port. */
  online(): Promise<void>;
  /** Every revision of every document in `db` (leaves, conflicts, deleted and older revisions), as the server stores them. */
  storedRevisions(db: string): Promise<Record<string, unknown>[]>;
  stop(): Promise<void>;
}

const SCRIPT = fileURLToPath(new URL('./server-process.mjs', import.meta.url));

function nextMessage(child: ChildProcess, type: string, timeoutMs = 15_000): Promise<{ type: string; port?: number }> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => done(new Error(`test CouchDB: no '${type}' within ${timeoutMs} ms`)), timeoutMs);
    const onMessage = (m: { type: string; port?: number }) => m?.type === type && done(null, m);
    const onExit = (code: number | null) => done(new Error(`test CouchDB exited (${code})`));
    function done(error: Error | null, message?: { type: string; port?: number }) {
      clearTimeout(timer);
      child.off('message', onMessage);
      child.off('exit', onExit);
      if (error) reject(error);
      else resolve(message!);
    }
    child.on('message', onMessage);
    child.on('exit', onExit);
  });
}

export interface CouchServerOptions {
  username?: string;
  password?: string;
  port?: number;
  /** Refuse writes (507) to a database holding this many documents. */
  quotaDocs?: number;
}

export async function startCouchServer(options: CouchServerOptions = {}): Promise<CouchServer> {
  const env: NodeJS.ProcessEnv = { ...process.env, COUCH_PORT: String(options.port ?? 0) };
  if (options.quotaDocs !== undefined) env.COUCH_QUOTA_DOCS = String(options.quotaDocs);
  if (options.username) {
    env.COUCH_USER = options.username;
    env.COUCH_PASSWORD = options.password ?? '';
  }
  const child = fork(SCRIPT, [], { env, stdio: ['ignore', 'ignore', 'inherit', 'ipc'], execArgv: [] });
  const { port } = await nextMessage(child, 'listening');
  const url = `http://127.0.0.1:${port}`;
  const auth = options.username ? { username: options.username, password: options.password ?? '' } : undefined;
  const headers: Record<string, string> = auth
    ? { Authorization: `Basic ${Buffer.from(`${auth.username}:${auth.password}`).toString('base64')}` }
    : {};
  const getJson = async (path: string) => {
    const response = await fetch(`${url}${path}`, { headers: { ...headers, Accept: 'application/json' } });
    if (!response.ok) throw new Error(`GET ${path}: ${response.status}`);
    return response.json();
  };

  return {
    url,
    port: port!,
    pid: child.pid!,
    auth,
    async offline() {
      const closed = nextMessage(child, 'offline');
      child.send({ type: 'offline' });
      await closed;
    },
    async online() {
      const listening = nextMessage(child, 'listening');
      child.send({ type: 'online' });
      await listening;
    },
    async storedRevisions(db) {
      const base = `/${encodeURIComponent(db)}`;
      const changes = (await getJson(`${base}/_changes?style=all_docs`)) as { results: { id: string }[] };
      const out: Record<string, unknown>[] = [];
      for (const { id } of changes.results) {
        const docPath = `${base}/${encodeURIComponent(id)}`;
        const leaves = (await getJson(`${docPath}?open_revs=all&revs=true`)) as { ok?: { _revisions?: { start: number; ids: string[] } } }[];
        const revs = new Set<string>();
        for (const leaf of leaves) {
          const history = leaf.ok?._revisions;
          history?.ids.forEach((hash, i) => revs.add(`${history.start - i}-${hash}`));
        }
        for (const rev of revs) {
          // Older revisions may have been compacted away; those the server no longer holds are not stored.
          const response = await fetch(`${url}${docPath}?rev=${encodeURIComponent(rev)}`, { headers });
          if (response.ok) out.push((await response.json()) as Record<string, unknown>);
        }
      }
      return out;
    },
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
      process.kill(child.pid!, 'SIGTERM');
      await exited;
    },
  };
}
