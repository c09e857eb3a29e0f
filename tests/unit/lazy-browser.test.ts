// The always-on content script reaches the extension API only when it first needs it: reading
// chrome.runtime makes the browser build its bindings, which a page that is not an article
// should not pay for. Firefox's own `browser` is used where it is the extension's namespace.
import { describe, expect, it } from 'vitest';
import { findExtensionApi, lazyExtensionApi } from '../../lib/messages/lazy-browser';

type Scope = Parameters<typeof findExtensionApi>[0];

/** A namespace that counts how often its runtime is read. */
function namespace(id: string | undefined) {
  const reads = { runtime: 0 };
  const api = {
    get runtime() {
      reads.runtime++;
      return { id, sendMessage: async (m: unknown) => ({ echoed: m, id }) };
    },
  };
  return { api, reads };
}

describe('the lazy extension API', () => {
  it('reads nothing of the browser until a property is used', async () => {
    const chrome = namespace('ext-id');
    const browser = lazyExtensionApi({ chrome: chrome.api } as unknown as Scope);
    expect(chrome.reads.runtime).toBe(0);
    await expect(browser.runtime.sendMessage({ type: 'x' })).resolves.toEqual({ echoed: { type: 'x' }, id: 'ext-id' });
    expect(chrome.reads.runtime).toBe(1);
  });

  it("uses Firefox's browser namespace when it is an extension's, Chromium's chrome otherwise", () => {
    const firefox = namespace('ff-id');
    const chrome = namespace('chrome-id');
    expect(findExtensionApi({ browser: firefox.api, chrome: chrome.api } as unknown as Scope).runtime.id).toBe('ff-id');
    // A page's own `browser` global (no runtime id) is not the extension API.
    const pageGlobal = namespace(undefined);
    expect(findExtensionApi({ browser: pageGlobal.api, chrome: chrome.api } as unknown as Scope).runtime.id).toBe('chrome-id');
    expect(() => findExtensionApi({})).toThrow(/not available/);
  });
});
