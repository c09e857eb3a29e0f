// Pointing at a highlight the way a reader's mouse does (cards open on hover).
import type { Page } from '@playwright/test';

/** Scrolls the first range of highlight `name` whose text matches into view; returns a point on it. */
export async function pointOn(page: Page, name: string, text: string | RegExp): Promise<{ x: number; y: number }> {
  const source = typeof text === 'string' ? { s: text } : { re: text.source };
  const point = await page.evaluate(
    ({ name, source }) => {
      const highlight = CSS.highlights.get(name) as Highlight | undefined;
      const ranges = highlight ? ([...highlight] as Range[]) : [];
      const matches = (t: string) => (source.s !== undefined ? t === source.s : new RegExp(source.re!).test(t));
      const range = ranges.find((r) => matches(r.toString().replace(/\s+/g, ' ').trim()));
      if (!range) return null;
      range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
      const rect = range.getClientRects()[0];
      return { x: rect.left + Math.min(rect.width / 2, 20), y: rect.top + rect.height / 2 };
    },
    { name, source },
  );
  if (!point) throw new Error(`no ${name} highlight over ${String(text)}`);
  return point;
}

/** Moves the mouse onto the highlight, which opens its card. */
export async function hover(page: Page, name: string, text: string | RegExp): Promise<void> {
  const { x, y } = await pointOn(page, name, text);
  await page.mouse.move(x - 5, y);
  await page.mouse.move(x, y, { steps: 3 });
}
