// Backstory's one element in the page: a host with an open shadow root for the cards (and,
// later, the note button). Created on first use; the page's styles cannot reach inside.
import { CARD_CSS, NOTE_CSS } from '@/components/cards/card-css';

export const HOST_TAG = 'backstory-root';

export interface ShadowHost {
  host: HTMLElement;
  root: ShadowRoot;
  /** The container cards render into. */
  mount: HTMLElement;
  /** The container for the note button by a selection. */
  controls: HTMLElement;
  remove(): void;
}

export function createShadowHost(doc: Document): ShadowHost {
  const host = doc.createElement(HOST_TAG);
  const root = host.attachShadow({ mode: 'open' });
  const style = doc.createElement('style');
  style.textContent = CARD_CSS + NOTE_CSS;
  const mount = doc.createElement('div');
  const controls = doc.createElement('div');
  root.append(style, mount, controls);
  // Outside <body>: page scripts that walk or re-render the body never meet it.
  doc.documentElement.append(host);
  return { host, root, mount, controls, remove: () => host.remove() };
}
