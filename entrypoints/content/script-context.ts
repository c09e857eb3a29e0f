// Stands in for WXT's ContentScriptContext in the content scripts (wxt.config.ts aliases
// `wxt/utils/content-script-context` here for them). WXT's class reads `browser.runtime.id` when
// it is defined, to name its events, and again in every timer it wraps: touching chrome.runtime
// makes the browser build its extension bindings, ~2.5 ms on every page the reader opens. This
// one keeps what our scripts use — invalidation, and the hand-over when a newer copy of the
// same script starts in the page (an update or reload of the extension) — and touches nothing.

/** Fired on the document when a copy of a content script starts; the older copy stops. */
const STARTED = 'backstory:content-script-started';

export interface ContentScriptContextOptions {
  noScriptStartedPostMessage?: boolean;
}

export class ContentScriptContext {
  readonly id = Math.random().toString(36).slice(2);
  private readonly abortController = new AbortController();

  constructor(
    readonly contentScriptName: string,
    readonly options?: ContentScriptContextOptions,
  ) {
    // Tell an older copy of this script to stop, then listen for a newer one.
    const detail = { contentScriptName, messageId: this.id };
    document.dispatchEvent(new CustomEvent(STARTED, { detail }));
    const onStarted = (event: Event) => {
      const other = (event as CustomEvent<typeof detail>).detail;
      if (other?.contentScriptName === contentScriptName && other.messageId !== this.id) this.notifyInvalidated();
    };
    document.addEventListener(STARTED, onStarted, { signal: this.signal });
  }

  get signal(): AbortSignal {
    return this.abortController.signal;
  }

  get isValid(): boolean {
    return !this.signal.aborted;
  }

  get isInvalid(): boolean {
    return this.signal.aborted;
  }

  /** Calls `cb` once this script is replaced or stopped; returns how to unregister it. */
  onInvalidated(cb: () => void): () => void {
    this.signal.addEventListener('abort', cb);
    return () => this.signal.removeEventListener('abort', cb);
  }

  notifyInvalidated(): void {
    this.abortController.abort('Content script context invalidated');
  }
}
