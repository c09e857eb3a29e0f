// A stand-in for fetch that answers from recorded responses and remembers what was asked.
import type { FetchLike } from '@/lib/lookup/fetch-json';

export type Route = (url: string) => { status?: number; body: unknown } | 'hang' | 'network-error' | undefined;

export function fakeFetch(route: Route): FetchLike & { calls: string[]; headers: Record<string, string>[] } {
  const calls: string[] = [];
  const headers: Record<string, string>[] = [];
  const f = async (url: string, init?: RequestInit): Promise<Response> => {
    calls.push(url);
    headers.push(Object.fromEntries(new Headers(init?.headers).entries()));
    const answer = route(url);
    if (answer === 'network-error') throw new TypeError('Failed to fetch');
    if (answer === 'hang') {
      // Like a server that never answers: only the request's abort signal ends it.
      return new Promise<Response>((_, reject) => {
        init?.signal?.addEventListener('abort', () => reject(init.signal?.reason ?? new DOMException('Aborted', 'AbortError')));
      });
    }
    if (!answer) return new Response('{"error":"no recorded response"}', { status: 599 });
    const body = typeof answer.body === 'string' ? answer.body : JSON.stringify(answer.body);
    return new Response(body, { status: answer.status ?? 200, headers: { 'content-type': 'application/json' } });
  };
  return Object.assign(f, { calls, headers });
}
