// Hostile pages: pages not in UTF-8 — windows-1252 (an old CMS, no <meta charset>, only the
// server's Content-Type says it) and Shift_JIS. Backstory reads the text the browser decoded:
// accented names, curly quotes, the euro sign and Japanese come out right in the panel and page.
import { hostileCase } from './hostile/cases';
import { addedBesidesBackstory, evaluateInPage, expect, paintedHighlights, panelOutcome, test } from './hostile/harness';

test('a windows-1252 page: accented names, curly quotes and € are read right', async ({ openCase, openPanelFor }) => {
  const c = hostileCase('windows-1252');
  const opened = await openCase(c);
  const { page } = opened;
  expect(await evaluateInPage(opened, 'document.characterSet')).toBe('windows-1252');
  const panel = await openPanelFor(page);
  await panelOutcome(panel, c);
  await expect(panel.getByTestId('entities-person')).toContainText('François Lefèvre');
  await expect(panel.getByTestId('entities-person')).toContainText('Hélène Côté');
  const highlights = await paintedHighlights(opened);
  expect(highlights['backstory-person']).toEqual(expect.arrayContaining(['François Lefèvre', 'Hélène Côté']));
  // Not one character was misread (a mojibake "Ã©" or a replacement character).
  const names = [...(highlights['backstory-person'] ?? []), ...(highlights['backstory-place'] ?? [])].join(' ');
  expect(names).not.toMatch(/Ã|Â|\uFFFD/);
  await expect(panel.locator('main')).not.toContainText(/Ã|\uFFFD/);
  expect(await evaluateInPage(opened, '__pageScript')).toBe('ran — d’accord');
  expect(await addedBesidesBackstory(opened)).toEqual([]);
  expect(await opened.backstoryErrors()).toEqual([]);
});

test('a Shift_JIS page: Japanese title, author and text are read right', async ({ openCase, openPanelFor }) => {
  const c = hostileCase('shift_jis');
  const opened = await openCase(c);
  const { page } = opened;
  expect(await evaluateInPage(opened, 'document.characterSet')).toBe('Shift_JIS');
  const panel = await openPanelFor(page);
  await panelOutcome(panel, c);
  await expect(panel.getByTestId('page-published').locator('time')).toHaveAttribute('datetime', /^2025-01-2[78]/);
  await expect(panel.getByTestId('analysis-unsupported')).toContainText('Japanese');
  await expect(panel.locator('main')).not.toContainText(/\uFFFD/);
  expect(await evaluateInPage(opened, '__pageScript')).toBe('読み込み完了');
  expect(await addedBesidesBackstory(opened)).toEqual([]);
  expect(await opened.backstoryErrors()).toEqual([]);
});
