// Runs inside a dedicated worker for scripts/bench-outlets.ts: the outlet lookup as the
// background does it, timed from a standing start — the directory's header, raters and the
// page's shard fetched from the extension's package, then the page looked up.
import type { OutletDirectory } from '../../lib/outlets/directory';
import { loadDirectory, lookUpSite, readShardsFor, type OutletDataLoader } from '../../lib/outlets/load';
import { resolveSite } from '../../lib/outlets/match';

type Request = { type: 'ready' } | { type: 'first'; url: string; base: string } | { type: 'warm'; urls: string[] };

let directory: OutletDirectory | undefined;
let load: OutletDataLoader | undefined;

self.onmessage = async (event: MessageEvent<Request>) => {
  const request = event.data;
  if (request.type === 'ready') {
    self.postMessage({ ms: 0 });
  } else if (request.type === 'first') {
    const t0 = performance.now();
    load = (file) => fetch(`${request.base}/outlets/${file}`).then((r) => (r.ok ? r.text() : Promise.reject(new Error(`${r.status}`))));
    directory = await loadDirectory(load);
    await lookUpSite(directory, load, request.url);
    self.postMessage({ ms: performance.now() - t0 });
  } else {
    await readShardsFor(directory!, load!, request.urls);
    // Timers are coarse (0.1 ms) in a page: time many lookups at once.
    const rounds = 200;
    const t0 = performance.now();
    for (let round = 0; round < rounds; round++) for (const url of request.urls) resolveSite(url, directory!);
    self.postMessage({ ms: (performance.now() - t0) / (rounds * request.urls.length) });
  }
};
