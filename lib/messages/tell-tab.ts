// The background's side of its requests to content scripts: `tellTab` returns the answer type
// BackgroundToContent declares, after checking what the page answered (a page is untrusted).
import { browser } from 'wxt/browser';
import * as v from 'valibot';
import type { PayloadArgs } from './client';
import type { AnswerOf, BackgroundToContent } from './requests';
import { askPageHook } from './page-hook';
import { ToContentAnswerSchemas } from './schemas';

/** Sends a request to a tab's content script (frame 0 unless told); undefined when no script answers as it should. */
export type TellTab = <K extends keyof BackgroundToContent>(
  tabId: number,
  type: K,
  ...[payload]: PayloadArgs<BackgroundToContent, K>
) => Promise<AnswerOf<BackgroundToContent, K> | undefined>;

/** tellTab over the browser's tab messaging; a page's answer is checked before it is used. */
export const tellTab: TellTab = async (tabId, type, ...[payload]) => {
  const request = { ...payload, type };
  let raw: unknown;
  try {
    raw = await browser.tabs.sendMessage(tabId, request, { frameId: 0 });
  } catch {
    // Not listening: the always-on script listens only on articles (see ./page-hook.ts).
    try {
      const [result] = await browser.scripting.executeScript({ target: { tabId, frameIds: [0] }, func: askPageHook, args: [request] });
      raw = result?.result;
    } catch {
      return undefined; // no content script in that tab (yet), a page we may not script, or the tab is gone
    }
  }
  const parsed = v.safeParse(ToContentAnswerSchemas[type], raw);
  return parsed.success ? (parsed.output as AnswerOf<BackgroundToContent, typeof type>) : undefined;
};
