// Backstory's one element in the page: a host with a shadow root for the cards and the note
// button. Created on first use; the page's styles cannot reach inside. The root is closed: a
// note's card shows the reader's own text, and the page's scripts must not be able to read it
// (with an open root, `host.shadowRoot` hands them everything inside).
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
  const root = host.attachShadow({ mode: 'closed' });
  const style = doc.createElement('style');
  style.textContent = CARD_CSS + NOTE_CSS;
  const mount = doc.createElement('div');
  const controls = doc.createElement('div');
  root.append(style, mount, controls);
  // Outside <body>: page scripts that walk or re-render the body never meet it.
  doc.documentElement.append(host);
  return { host, root, mount, controls, remove: () => host.remove() };
}
