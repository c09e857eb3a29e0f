// Hostile pages: editable regions. What someone writes in the page (a reader's correction box,
// a letter to the editor, a newsroom's story editor) is never read, counted or painted; a page
// that is mainly an editor is left alone, and the panel says why.
import { revealBackstoryRoot } from '../../scripts/lib/backstory-root';
import { hostileCase } from './hostile/cases';
import { evaluateClean, evaluateInPage, expect, paintedHighlights, panelOutcome, selectText, test, type OpenedCase } from './hostile/harness';

/** Backstory's highlight ranges that touch an editable region (read from a clean world). */
const paintedInEditable = (opened: OpenedCase) =>
  evaluateClean<string[]>(
    opened,
    `() => {
      const found = [];
      for (const [name, highlight] of CSS.highlights) {
        if (!name.startsWith('backstory-')) continue;
        for (const range of highlight) {
          for (const node of [range.startContainer, range.endContainer]) {
            const el = node.nodeType === 1 ? node : node.parentElement;
            if (el && el.isContentEditable) found.push(name + ': ' + range.toString());
          }
        }
      }
      return found;
    }`,
  );

test('editable regions inside and under an article are never read or painted', async ({ openCase, openPanelFor }) => {
  const c = hostileCase('editable-regions');
  const opened = await openCase(c);
  const { page } = opened;
  const panel = await openPanelFor(page);
  await panelOutcome(panel, c);
  const highlights = await paintedHighlights(opened);
  expect(highlights['backstory-person']).toContain('Bridget Hammond');
  expect(await paintedInEditable(opened)).toEqual([]);
  // Names written only in the editable boxes are in no list.
  await expect(panel.getByTestId('entities-person')).toContainText('Bridget Hammond');
  await expect(panel.getByTestId('entities-person')).not.toContainText('Fairbrother-Smythe');
  await expect(panel.getByTestId('entities-person')).not.toContainText('Pembleton-Rowe');
  await expect(panel.getByTestId('claims-list')).not.toContainText('£85,000');

  // A selection inside an editable box offers no note.
  await selectText(opened, 'Augustus Pembleton-Rowe said the libraries would close');
  await page.waitForTimeout(800);
  await revealBackstoryRoot(page);
  expect(await page.getByTestId('backstory-note-button').count()).toBe(0);

  // The reader types; the page's editor and button work, and nothing gets painted there.
  await page.locator('#letter').click();
  await page.keyboard.press('End');
  await page.keyboard.type(' Councillor Bridget Hammond should answer that.');
  // Backstory's Alt+Shift+J/K (next/previous highlight) are the writer's keys while typing.
  await page.keyboard.press('Alt+Shift+KeyJ');
  expect(await evaluateInPage(opened, 'window.__letterKeys.slice(-1)[0]')).toBe('Alt+Shift+KeyJ');
  await revealBackstoryRoot(page);
  await expect(page.getByTestId('backstory-card')).toBeHidden();
  await page.locator('#send').click();
  await expect(page.locator('#sent')).toHaveText(/^Sent \(\d+ words\)$/);
  await page.waitForTimeout(1_000);
  expect(await paintedInEditable(opened)).toEqual([]);
  expect(await opened.backstoryErrors()).toEqual([]);
});

test('a page that is mainly an editor: Backstory steps back and the panel says it is an editor', async ({ openCase, openPanelFor }) => {
  const c = hostileCase('in-page-editor');
  const opened = await openCase(c);
  const { page } = opened;
  const panel = await openPanelFor(page);
  await panelOutcome(panel, c);
  const details = panel.getByTestId('detection-details');
  await details.locator('summary').click();
  await expect(details).toContainText('editor: 6 of 6 long paragraphs are in an editable region');

  // The writer keeps writing: the editor's autosave runs, and Backstory still paints nothing.
  await page.locator('#editor p').nth(1).click();
  await page.keyboard.type(' The work was first proposed by councillor Ruth Abernethy in 2023.');
  await expect(page.locator('#saved')).toHaveText('Draft · saved');
  await page.waitForTimeout(1_000);
  await panel.getByRole('button', { name: 'Check again' }).click();
  await expect(panel.getByTestId('state-not-article')).toBeVisible();
  expect(await evaluateClean(opened, `() => [...CSS.highlights.keys()].filter((k) => k.startsWith('backstory-')).length`)).toBe(0);
  expect(await opened.backstoryErrors()).toEqual([]);
});
