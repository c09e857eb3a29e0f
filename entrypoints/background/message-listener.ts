// The background's one runtime.onMessage listener: every message is checked for its sender and
// its shape, then routed to the handler map of its direction. A content script runs inside a
// page and can be driven by it, so it reaches only the content handlers; panel requests are
// answered only for Backstory's own pages.
import type { ContentSender } from './content-messages';
import { isContentScript, isExtensionPage, parseContentRequest, parsePanelRequest, type SenderInfo } from '@/lib/messages/boundary';
import { route, type Handlers } from '@/lib/messages/router';
import type { Answer, ContentToBackground, PanelToBackground } from '@/lib/messages/requests';

export interface ListenerDeps {
  extensionId: string;
  /** e.g. 'chrome-extension://<id>/'. */
  extensionOrigin: string;
  content: Handlers<ContentToBackground, ContentSender>;
  panel: Handlers<PanelToBackground>;
  /** Counts content scripts' requests per tab (devtools and the bench see the traffic). */
  onContentRequest?: (tabId: number) => void;
}

/** The listener: an Answer promise for requests it takes, undefined for anything else. */
export function createMessageListener(deps: ListenerDeps) {
  return (raw: unknown, sender: SenderInfo & { frameId?: number }): Promise<Answer<unknown>> | undefined => {
    if (isContentScript(sender, deps.extensionId, deps.extensionOrigin)) {
      const parsed = parseContentRequest(raw);
      const tabId = sender.tab?.id;
      if (!parsed.ok || tabId === undefined) {
        console.warn('Backstory: refused a message from a page', parsed.ok ? 'no tab' : parsed.error);
        return undefined;
      }
      deps.onContentRequest?.(tabId);
      return route(deps.content, parsed.message, { tabId, frameId: sender.frameId ?? 0 });
    }
    if (isExtensionPage(sender, deps.extensionId, deps.extensionOrigin)) {
      const parsed = parsePanelRequest(raw);
      // Broadcasts between extension pages land here too: not ours to answer.
      if (!parsed.ok) return undefined;
      return route(deps.panel, parsed.message, undefined);
    }
    return undefined;
  };
}
