// Hostile pages: right-to-left articles (Arabic; Hebrew with quotation marks in the title and
// text). They are read as articles, the panel shows their metadata as the page gives it, and a
// note can be started on a right-to-left passage.
import { inBackstoryRoot } from '../../scripts/lib/backstory-root';
import { hostileCase } from './hostile/cases';
import { addedBesidesBackstory, evaluateInPage, expect, panelOutcome, selectText, test } from './hostile/harness';

const rtl = [
  { c: hostileCase('rtl-arabic'), date: '2025-04-22', passage: 'تعمل جزئياً بالطاقة الشمسية' },
  { c: hostileCase('rtl-hebrew'), date: '2025-09-14', passage: 'נושמים זיהום' },
];

for (const { c, date, passage } of rtl) {
  test(`a right-to-left article (${c.name}) is read with its metadata, and a note can quote it`, async ({ openCase, openPanelFor }) => {
    const opened = await openCase(c);
    const { page } = opened;
    const panel = await openPanelFor(page);
    await panelOutcome(panel, c);
    await expect(panel.getByTestId('page-published').locator('time')).toHaveAttribute('datetime', new RegExp(`^${date}`));
    await expect(panel.getByTestId('page-words')).toContainText(/\d{3} words/);
    // Names and claims are found in English only, and the panel says so in the page's language.
    await expect(panel.getByTestId('analysis-unsupported')).toContainText(`This page says it is in ${c.language}`);

    await selectText(opened, passage);
    await (await inBackstoryRoot(page, 'backstory-note-button')).click();
    await expect(panel.getByTestId('note-draft-quote')).toContainText(passage);

    expect(await evaluateInPage(opened, 'window.__pageScript')).toBe('ran');
    expect(await addedBesidesBackstory(opened)).toEqual([]);
    expect(await opened.backstoryErrors()).toEqual([]);
  });
}
