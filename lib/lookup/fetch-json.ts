// One GET with a deadline, for the reader-requested lookups (Wikidata, Wikipedia). The fetch
// function is injected so tests answer with recorded responses and nothing leaves the machine.
// Failures come back as values with a sentence for the reader; nothing here throws.

/** The part of `fetch` the lookups use. Pass `fetch` itself or `(url, init) => fetch(url, init)`. */
export type FetchLike = (url: string, init?: RequestInit) => Promise<Response>;

export const LOOKUP_TIMEOUT_MS = 8_000;

/**
 * Who is asking, as Wikimedia asks of every client (browsers may not change User-Agent, so the
 * API reads Api-User-Agent). Says what Backstory is, nothing about the reader.
 */
export const API_USER_AGENT = 'Backstory/0.1 (browser extension; lookups the reader asked for)';

export interface FetchOptions {
  /** Per-request deadline; default 8 s. */
  timeoutMs?: number;
  /** The caller's cancel (e.g. the panel closed). */
  signal?: AbortSignal;
}

export type FetchFailureReason = 'timeout' | 'network' | 'http' | 'bad-response';

export type JsonResult =
  | { ok: true; status: number; json: unknown }
  | { ok: false; status?: number; reason: FetchFailureReason; message: string };

/** Reader-facing wording for a failure talking to `service` ('Wikidata', 'Wikipedia'). */
export function failureMessage(service: string, reason: FetchFailureReason, status?: number): string {
  switch (reason) {
    case 'timeout':
      return `${service} did not answer; try again later.`;
    case 'network':
      return `Could not reach ${service}; check the connection and try again.`;
    case 'http':
      return `${service} is busy or unavailable${status ? ` (HTTP ${status})` : ''}; try again later.`;
    case 'bad-response':
      return `${service} sent an answer Backstory could not read; try again later.`;
  }
}

function deadline(options: FetchOptions): AbortSignal {
  const timeout = AbortSignal.timeout(options.timeoutMs ?? LOOKUP_TIMEOUT_MS);
  return options.signal ? AbortSignal.any([timeout, options.signal]) : timeout;
}

/**
 * GETs JSON. `okStatuses` lists non-2xx statuses whose body the caller still wants (Wikipedia
 * answers a missing page with 404 and a JSON body).
 */
export async function getJson(
  fetchImpl: FetchLike,
  url: string,
  service: string,
  options: FetchOptions = {},
  okStatuses: number[] = [],
): Promise<JsonResult> {
  const signal = deadline(options);
  let response: Response;
  try {
    const doFetch = fetchImpl; // a plain call: browsers refuse fetch called as a method of another object
    response = await doFetch(url, { signal, headers: { Accept: 'application/json', 'Api-User-Agent': API_USER_AGENT } });
  } catch {
    const reason = signal.aborted ? 'timeout' : 'network';
    return { ok: false, reason, message: failureMessage(service, reason) };
  }
  if (!response.ok && !okStatuses.includes(response.status)) {
    return { ok: false, status: response.status, reason: 'http', message: failureMessage(service, 'http', response.status) };
  }
  try {
    return { ok: true, status: response.status, json: await response.json() };
  } catch {
    const reason = signal.aborted ? 'timeout' : 'bad-response';
    return { ok: false, status: response.status, reason, message: failureMessage(service, reason) };
  }
}
