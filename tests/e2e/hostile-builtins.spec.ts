// Hostile page: a page that replaces Array.prototype methods, JSON, CSS, getSelection,
// MutationObserver and Node.prototype.textContent before Backstory's content script runs (at
// document idle). Content scripts run in their own world in Chromium, so none of it reaches
// Backstory: it reads, paints and takes notes as usual, and the page's own script still works.
import { inBackstoryRoot } from '../../scripts/lib/backstory-root';
import { hostileCase } from './hostile/cases';
import { addedBesidesBackstory, evaluateClean, evaluateInPage, expect, paintedHighlights, panelOutcome, selectText, test } from './hostile/harness';

const overridden = hostileCase('overridden-builtins');

test('a page that overwrites built-ins keeps working, and Backstory still reads, paints and takes notes', async ({ openCase, openPanelFor }) => {
  const opened = await openCase(overridden);
  const { page } = opened;
  // The overrides are in place in the page's world…
  // (read through DevTools: page.evaluate itself relies on the built-ins this page broke).
  expect(await evaluateInPage(opened, 'window.__overridden')).toBe(true);
  expect(await evaluateInPage(opened, 'String(window.getSelection()) + " " + JSON.stringify({ a: 1 })')).toBe('null "hijacked"');
  // …and the page's own script, using the copies it kept, still ran.
  await expect(page.locator('#minutes')).toHaveText(/^\d+ min$/);
  expect(await evaluateInPage(opened, 'window.__pageScript')).toMatch(/^\{"words":\d+\}$/);

  const panel = await openPanelFor(page);
  await panelOutcome(panel, overridden);
  await expect(panel.getByTestId('page-words')).toContainText(/\d{3} words/);
  await expect(panel.getByTestId('entities-person')).toContainText('Lynn Parry');

  const highlights = await paintedHighlights(opened);
  expect(highlights['backstory-person']).toEqual(expect.arrayContaining(['Lynn Parry', 'Andrew Mensah']));
  expect(highlights['backstory-claim']?.length).toBeGreaterThan(0);

  // A note on a selected passage: Backstory reads the selection through its own getSelection.
  await selectText(opened, 'installed acoustic loggers');
  await (await inBackstoryRoot(page, 'backstory-note-button')).click();
  await expect(panel.getByTestId('note-draft-quote')).toContainText('installed acoustic loggers');

  // Backstory's host element is the only thing added, and it is there whatever the page did to
  // attachShadow and querySelectorAll.
  expect(await evaluateClean(opened, `() => document.querySelectorAll('backstory-root').length`)).toBe(1);
  expect(await addedBesidesBackstory(opened)).toEqual([]);
  expect(await opened.backstoryErrors()).toEqual([]);
});
