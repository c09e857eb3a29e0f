// Asking a tab's content script what it knows, and explaining why there is no answer.
import type { PageReport, UnavailableReason } from '@/lib/messages/protocol';
import type { BackgroundIO } from './io';

export type AskResult = { ok: true; report: PageReport } | { ok: false; reason: UnavailableReason | 'loading'; url?: string };

// Browsers never let extensions script their own stores, even over https.
const RESTRICTED = /^https:\/\/(?:chromewebstore\.google\.com|chrome\.google\.com\/webstore|addons\.mozilla\.org|microsoftedge\.microsoft\.com\/addons)(?:[/?#]|$)/i;

/** The script runs at document idle, which can come just after the tab says 'complete'. */
const RETRY_MS = 600;

/** `recheck`: have the content script look at the page again before answering. */
export async function askContentScript(
  io: Pick<BackgroundIO, 'tabInfo' | 'tellTab' | 'wait'>,
  tabId: number,
  { recheck = false } = {},
): Promise<AskResult> {
  const type = recheck ? 'content/recheck' : 'content/get-report';
  const tab = await io.tabInfo(tabId);
  if (!tab) return { ok: false, reason: 'no-tab' };
  const url = tab.url;
  if (!url || !/^https?:/i.test(url) || RESTRICTED.test(url)) return { ok: false, reason: 'restricted', url };
  const report = await io.tellTab(tabId, type);
  if (report) return { ok: true, report };
  if (tab.status === 'loading') return { ok: false, reason: 'loading', url };
  await io.wait(RETRY_MS);
  const retry = await io.tellTab(tabId, type);
  if (retry) return { ok: true, report: retry };
  return { ok: false, reason: 'no-script', url };
}
