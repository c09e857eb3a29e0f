// Editable regions: what the reader (or the page's editor) is writing is not the page's article.
// Backstory never reads, counts or paints text inside them, and a page that is mostly an editor
// is not an article. Judged from attributes (contenteditable, designMode), no layout reads.

/** `el` makes its subtree editable: contenteditable="", "true" or "plaintext-only". */
export function isEditingHost(el: Element): boolean {
  const value = el.getAttribute('contenteditable');
  return value !== null && value.trim().toLowerCase() !== 'false';
}

/** The whole document is being edited: designMode, or an editable <html>/<body>. */
export function isDocumentEditable(doc: Document): boolean {
  if (String((doc as { designMode?: string }).designMode ?? '').toLowerCase() === 'on') return true;
  return [doc.documentElement, doc.body].some((el) => !!el && isEditingHost(el));
}

/** A keystroke to `target` is typing: a text field, a select, or an editable region. */
export function isTypingTarget(target: EventTarget | null): boolean {
  const el = target as Element | null;
  if (!el || typeof el.closest !== 'function') return false;
  if (el.closest('input,textarea,select') || (el as HTMLElement).isContentEditable) return true;
  // Where isContentEditable is not computed for descendants (DOM libraries): the nearest
  // contenteditable ancestor decides ("false" marks a read-only island inside an editor).
  const nearest = el.closest('[contenteditable]');
  return !!nearest && isEditingHost(nearest);
}
