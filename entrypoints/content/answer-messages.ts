// Content scripts use the browser's own extension API, without the webextension polyfill (see
// wxt.config.ts). Chromium does not take a promise returned by a message listener as its
// answer: the listener keeps the channel open (returns true) and answers through sendResponse,
// which Firefox supports as well.

/** Handles one message; undefined when the message is not for this listener. */
export type MessageHandler = (message: unknown, sender: { id?: string }) => Promise<unknown> | undefined;

type Listener = (message: unknown, sender: { id?: string }, sendResponse: (answer: unknown) => void) => boolean;

/** Starts answering the extension's messages with `handle`; returns how to stop. */
export function answerMessages(handle: MessageHandler): () => void {
  const listener: Listener = (message, sender, sendResponse) => {
    const answer = handle(message, sender);
    if (!answer) return false;
    answer.then(sendResponse, (error: unknown) => sendResponse({ ok: false, error: error instanceof Error ? error.message : String(error) }));
    return true;
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}
