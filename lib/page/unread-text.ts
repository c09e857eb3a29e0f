// Where a page keeps text Backstory does not read: open shadow roots (web components) and frames.
// Only asked when a page declares an article but shows no text of its own, so the panel can say
// why Backstory stepped back instead of "no article text yet".

/** A paragraph this long is prose (as in detect.ts). */
const LONG_PARAGRAPH = 120;
/** Elements looked at, at most: bounded on big app shells. */
const MAX_ELEMENTS = 3_000;

/** Long paragraphs inside open shadow roots below `root`, nested roots included. */
export function shadowParagraphs(root: Document | ShadowRoot, budget = { left: MAX_ELEMENTS }): number {
  let found = 0;
  const all = root.querySelectorAll('*');
  for (let i = 0; i < all.length && budget.left > 0; i++, budget.left--) {
    const shadow = all[i].shadowRoot;
    if (!shadow) continue;
    const paragraphs = shadow.querySelectorAll('p');
    for (let j = 0; j < paragraphs.length; j++) if ((paragraphs[j].textContent ?? '').trim().length >= LONG_PARAGRAPH) found++;
    found += shadowParagraphs(shadow, budget);
  }
  return found;
}

/** Why a page that declares an article shows no text of its own, when the reason is one of these. */
export function unreadTextReason(doc: Document): string | undefined {
  const inShadow = shadowParagraphs(doc);
  if (inShadow > 0) return `its text (${inShadow} paragraphs) is inside shadow roots, which Backstory does not read`;
  const frames = doc.getElementsByTagName('iframe').length;
  if (frames > 0) return `no article text in the page itself; Backstory does not read the ${frames === 1 ? 'frame' : `${frames} frames`} it shows`;
  return undefined;
}
