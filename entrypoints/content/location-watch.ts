// A single-page site changes its URL without loading a page. WXT's location watcher (its
// 'wxt:locationchange' event) also fires for a jump to a #fragment — a click in a table of
// contents — after which the whole article would be read, analyzed and painted again. Here only
// a new path or query counts. The Navigation API tells us of changes (its events reach content
// scripts too); a browser without it is polled once a second.
import type { ContentScriptContext } from 'wxt/utils/content-script-context';

type NavigationLike = EventTarget & { currentEntry?: unknown };

/** Calls `onChange` after the page's URL changed (not for changes of the #hash alone). */
export function watchLocation(ctx: ContentScriptContext, win: Window, onChange: () => void): void {
  const withoutHash = () => win.location.href.replace(/#.*$/, '');
  let last = withoutHash();
  const check = () => {
    const now = withoutHash();
    if (now === last) return;
    last = now;
    onChange();
  };
  const navigation = (win as Window & { navigation?: NavigationLike }).navigation;
  if (navigation && typeof navigation.addEventListener === 'function') {
    ctx.addEventListener(navigation, 'currententrychange', check);
  } else {
    ctx.setInterval(check, 1_000);
  }
}
