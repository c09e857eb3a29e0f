// Asking a tab's content script what it knows, and explaining why there is no answer.
import * as v from 'valibot';
import type { PageReport, ToContentMessage, UnavailableReason } from '@/lib/messages/protocol';
import { PageReportSchema } from '@/lib/messages/schemas';

export type AskResult = { ok: true; report: PageReport } | { ok: false; reason: UnavailableReason | 'loading'; url?: string };

// Browsers never let extensions script their own stores, even over https.
const RESTRICTED = /^https:\/\/(?:chromewebstore\.google\.com|chrome\.google\.com\/webstore|addons\.mozilla\.org|microsoftedge\.microsoft\.com\/addons)(?:[/?#]|$)/i;

const delay = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function askOnce(tabId: number, message: ToContentMessage): Promise<PageReport | null> {
  try {
    const answer: unknown = await browser.tabs.sendMessage(tabId, message);
    const parsed = v.safeParse(PageReportSchema, answer);
    return parsed.success ? parsed.output : null;
  } catch {
    return null; // no content script in that tab (yet)
  }
}

/** `recheck`: have the content script look at the page again before answering. */
export async function askContentScript(tabId: number, { recheck = false } = {}): Promise<AskResult> {
  const message: ToContentMessage = { type: recheck ? 'content/recheck' : 'content/get-report' };
  let tab: { url?: string; status?: string };
  try {
    tab = await browser.tabs.get(tabId);
  } catch {
    return { ok: false, reason: 'no-tab' };
  }
  const url = tab.url;
  if (!url || !/^https?:/i.test(url) || RESTRICTED.test(url)) return { ok: false, reason: 'restricted', url };
  const report = await askOnce(tabId, message);
  if (report) return { ok: true, report };
  if (tab.status === 'loading') return { ok: false, reason: 'loading', url };
  // The script runs at document idle, which can come just after the tab says 'complete'.
  await delay(600);
  const retry = await askOnce(tabId, message);
  if (retry) return { ok: true, report: retry };
  return { ok: false, reason: 'no-script', url };
}
