// Backstory's one element in the page: a host with an open shadow root for the cards (and,
// later, the note button). Created on first use; the page's styles cannot reach inside.
import { CARD_CSS } from '@/components/cards/card-css';

export const HOST_TAG = 'backstory-root';

export interface ShadowHost {
  host: HTMLElement;
  root: ShadowRoot;
  /** The container cards render into. */
  mount: HTMLElement;
  remove(): void;
}

export function createShadowHost(doc: Document): ShadowHost {
  const host = doc.createElement(HOST_TAG);
  const root = host.attachShadow({ mode: 'open' });
  const style = doc.createElement('style');
  style.textContent = CARD_CSS;
  const mount = doc.createElement('div');
  root.append(style, mount);
  // Outside <body>: page scripts that walk or re-render the body never meet it.
  doc.documentElement.append(host);
  return { host, root, mount, remove: () => host.remove() };
}
