// Selecting a passage in a page the way a reader's drag does (the notes and sync tests).
import type { Page } from '@playwright/test';

/** Selects `text` in the page (it must sit in one text node) the way a reader's drag would. */
export async function select(page: Page, text: string) {
  const box = await page.evaluate((wanted) => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const at = n.textContent!.indexOf(wanted);
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(n, at);
      range.setEnd(n, at + wanted.length);
      (n.parentElement as HTMLElement).scrollIntoView({ block: 'center' });
      const rects = [...range.getClientRects()];
      const first = rects[0];
      const last = rects[rects.length - 1];
      return { x1: first.left + 1, y1: first.top + first.height / 2, x2: last.right - 1, y2: last.top + last.height / 2 };
    }
    return null;
  }, text);
  if (!box) throw new Error(`"${text}" is not in one text node of the page`);
  await page.mouse.move(box.x1, box.y1);
  await page.mouse.down();
  await page.mouse.move(box.x2, box.y2, { steps: 8 });
  await page.mouse.up();
}
