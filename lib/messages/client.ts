// The sending side of the background's request maps: `askBackground`, for the side panel, the
// options page and content scripts (the background's own side is ./tell-tab.ts). It returns the
// answer type the map declares, so no caller asserts a reply type by hand. Kept free of valibot:
// content scripts load it on every page.
import { browser } from 'wxt/browser';
import { errorMessage } from '../errors';
import type { Answer, AnswerOf, CallMap, ContentToBackground, PanelToBackground, PayloadOf } from './requests';

/** Every request the background answers (the router refuses those not allowed to the sender). */
export type BackgroundCalls = ContentToBackground & PanelToBackground;

/** The payload argument: optional for requests that carry nothing. */
export type PayloadArgs<M extends CallMap<M>, K extends keyof M> = keyof PayloadOf<M, K> extends never
  ? [payload?: PayloadOf<M, K>]
  : [payload: PayloadOf<M, K>];

/** Accepts only an Answer-shaped reply; anything else is reported as no answer. */
export function asAnswer<T>(reply: unknown): Answer<T> {
  if (reply && typeof reply === 'object' && 'ok' in reply) {
    const r = reply as { ok: unknown; value?: unknown; error?: unknown };
    if (r.ok === true && 'value' in r) return { ok: true, value: r.value as T };
    if (r.ok === false) return { ok: false, error: typeof r.error === 'string' && r.error ? r.error : 'Something went wrong.' };
  }
  return { ok: false, error: "Backstory's background did not answer. Try again in a moment." };
}

/**
 * Asks the background; resolves with its answer or an error written for the reader. A
 * background that cannot be reached answers { ok: false } like any other failure, so callers
 * have one path for problems.
 */
export async function askBackground<K extends keyof BackgroundCalls>(
  type: K,
  ...[payload]: PayloadArgs<BackgroundCalls, K>
): Promise<Answer<AnswerOf<BackgroundCalls, K>>> {
  try {
    return asAnswer(await browser.runtime.sendMessage({ ...payload, type }));
  } catch (error) {
    return { ok: false, error: `Backstory's background did not answer (${errorMessage(error)}). Try again in a moment.` };
  }
}

/** askBackground's type, for code that takes it as an argument (the in-page layer, tests). */
export type AskBackground = typeof askBackground;
