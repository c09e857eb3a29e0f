// The extension API for content scripts (wxt.config.ts aliases `wxt/browser` here for them):
// the browser's own promise-based namespace — `browser` in Firefox, `chrome` in Chromium's MV3 —
// looked up on first use, not when the script starts. Reading `chrome.runtime` makes the browser
// build its extension bindings (~2.5 ms); a page that is not an article never needs them.
import type { Browser } from '@wxt-dev/browser';

type Api = typeof Browser;
type Holder = { browser?: Api; chrome?: Api };

/** Firefox's `browser` when it is an extension's namespace, else Chromium's `chrome`. */
export function findExtensionApi(scope: Holder): Api {
  const found = scope.browser?.runtime?.id ? scope.browser : scope.chrome;
  if (!found) throw new Error('The extension API is not available here.');
  return found;
}

/** `browser`, looked up when a property of it is first read, then kept. */
export function lazyExtensionApi(scope: Holder): Api {
  let api: Api | undefined;
  const resolve = () => (api ??= findExtensionApi(scope));
  return new Proxy({} as Api, {
    get: (_target, key) => Reflect.get(resolve(), key),
    has: (_target, key) => Reflect.has(resolve(), key),
  });
}

export const browser: Api = lazyExtensionApi(globalThis as Holder);
