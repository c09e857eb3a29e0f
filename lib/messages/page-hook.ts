// How the background reaches the always-on content script before it listens for messages.
// Touching the extension's messaging API (chrome.runtime) costs a page ~2 ms of script — the
// browser builds its bindings on first use — so the always-on script only listens once a page
// is an article. On any other page, tellTab (./tell-tab.ts) falls back to
// scripting.executeScript, whose function runs in the extension's isolated world: where this
// hook lives, and where the page cannot see it.

export const PAGE_HOOK = '__backstoryPage';

/** Answers one request of BackgroundToContent, as the script's message listener would. */
export type PageHook = (request: { type: string }) => Promise<unknown> | undefined;

type HookHolder = { [PAGE_HOOK]?: PageHook };

export function installPageHook(hook: PageHook): () => void {
  (globalThis as HookHolder)[PAGE_HOOK] = hook;
  return () => {
    if ((globalThis as HookHolder)[PAGE_HOOK] === hook) delete (globalThis as HookHolder)[PAGE_HOOK];
  };
}

/** Runs in the page's isolated world through executeScript: self-contained (its source is sent). */
export function askPageHook(request: { type: string }): Promise<unknown> | null {
  const hook = (globalThis as { __backstoryPage?: PageHook }).__backstoryPage;
  return (typeof hook === 'function' && hook(request)) || null;
}
