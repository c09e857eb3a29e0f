// Requests from Backstory's pages (side panel, options) to the background, for the requests
// that answer Answer<T>. A request that cannot reach the background answers { ok: false } like
// any other failure, so callers have one path for problems.
import type { Answer, PanelMessage } from '@/lib/messages/protocol';

/** Accepts only an Answer-shaped reply; anything else is reported as no answer. */
export function asAnswer<T>(reply: unknown): Answer<T> {
  if (reply && typeof reply === 'object' && 'ok' in reply) {
    const r = reply as { ok: unknown; value?: unknown; error?: unknown };
    if (r.ok === true && 'value' in r) return { ok: true, value: r.value as T };
    if (r.ok === false) return { ok: false, error: typeof r.error === 'string' && r.error ? r.error : 'Something went wrong.' };
  }
  return { ok: false, error: "Backstory's background did not answer. Try again in a moment." };
}

export async function askBackground<T>(message: PanelMessage): Promise<Answer<T>> {
  try {
    return asAnswer<T>(await browser.runtime.sendMessage(message));
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, error: `Backstory's background did not answer (${detail}). Try again in a moment.` };
  }
}
