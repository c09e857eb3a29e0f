// A single-page site changes its URL without loading a page. WXT's location watcher (its
// 'wxt:locationchange' event) also fires for a jump to a #fragment — a click in a table of
// contents — after which the whole article would be read, analyzed and painted again. Here only
// a new path or query counts. The Navigation API tells us of changes (its events reach content
// scripts too); a browser without it is polled once a second.

type NavigationLike = EventTarget & { currentEntry?: unknown };

/** Calls `onChange` after the page's URL changed (not for changes of the #hash alone), until `signal` aborts. */
export function watchLocation(signal: AbortSignal, win: Window, onChange: () => void): void {
  const withoutHash = () => {
    const href = win.location.href;
    const hash = href.indexOf('#');
    return hash < 0 ? href : href.slice(0, hash);
  };
  let last = withoutHash();
  const check = () => {
    const now = withoutHash();
    if (now === last) return;
    last = now;
    onChange();
  };
  const navigation = (win as Window & { navigation?: NavigationLike }).navigation;
  if (navigation && typeof navigation.addEventListener === 'function') {
    navigation.addEventListener('currententrychange', check, { signal });
  } else {
    const timer = win.setInterval(check, 1_000);
    signal.addEventListener('abort', () => win.clearInterval(timer));
  }
}
