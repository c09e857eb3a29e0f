// The reader's notes must not vanish when the disk runs low: Backstory holds unlimitedStorage,
// asks the browser to keep its data when the first note is saved, and the options page says
// whether the data is kept and how much there is.
import AxeBuilder from '@axe-core/playwright';
import { fixture } from '../fixtures/fixtures';
import { inBackstoryRoot } from '../../scripts/lib/backstory-root';
import { databaseTable, highlightsIn, tabIdFor } from '../../scripts/lib/browser';
import { formatBytes } from '../../lib/storage/storage-status';
import { expect, test } from './extension-fixture';
import { select } from './select-passage';

const seed = fixture('seed-globalresearch');

test('the options page says whether Backstory’s data is kept and how much it uses', async ({ ext }) => {
  const options = await ext.context.newPage();
  await options.goto(`chrome-extension://${ext.extensionId}/options.html`);
  const line = options.getByTestId('storage-line');
  await expect(line).toHaveAttribute('data-keeping', /^(persistent|unlimited)$/);
  const truth = await options.evaluate(async () => ({
    persisted: await navigator.storage.persisted(),
    usage: (await navigator.storage.estimate()).usage ?? 0,
    permissions: chrome.runtime.getManifest().permissions ?? [],
  }));
  expect(truth.permissions).toContain('unlimitedStorage');
  await expect(line).toHaveAttribute('data-keeping', truth.persisted ? 'persistent' : 'unlimited');
  await expect(options.getByTestId('storage-kept')).toContainText(/^Kept/);
  // The usage shown is the browser's own estimate, in readable units (it may grow a little
  // between the two readings, so compare its size class, not the digits).
  const usage = options.getByTestId('storage-usage');
  await expect(usage).toContainText(/Backstory uses \d[\d.,]* (bytes|kB|MB|GB)/);
  expect(await usage.locator('strong').textContent()).toMatch(new RegExp(` ${formatBytes(truth.usage, 'en').split(' ')[1]}$`));
  // Readable and labelled in light and dark.
  for (const scheme of ['light', 'dark'] as const) {
    await options.emulateMedia({ colorScheme: scheme });
    const results = await new AxeBuilder({ page: options }).include('[data-testid="your-data"]').analyze();
    expect(results.violations.map((v) => `${scheme} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  }
  if (!truth.persisted) {
    // Asking: the browser answers (headless Chromium says no without asking anyone), calmly.
    await options.getByTestId('storage-ask').click();
    await expect(options.getByTestId('storage-answer')).toContainText(/The browser (agreed|did not agree)/);
  }
  await options.close();
});

test('saving a note asks the browser, once and quietly, to keep Backstory’s data', async ({ ext, openFixture }) => {
  await databaseTable(ext, 'notes', 'clear');
  const page = await openFixture(seed);
  await expect.poll(async () => (await highlightsIn(page))['backstory-claim']?.length ?? 0, { timeout: 15_000 }).toBeGreaterThan(0);
  const panel = await ext.context.newPage();
  await panel.setViewportSize({ width: 420, height: 900 });
  // Counts the panel's requests for persistent storage (the page's own StorageManager is kept).
  await panel.addInitScript(() => {
    const storage = navigator.storage;
    const original = storage.persist.bind(storage);
    (window as unknown as { __persistAsked: number }).__persistAsked = 0;
    storage.persist = () => {
      (window as unknown as { __persistAsked: number }).__persistAsked += 1;
      return original();
    };
  });
  await panel.goto(`chrome-extension://${ext.extensionId}/sidepanel.html?tab=${await tabIdFor(ext.serviceWorker, page.url())}`);
  const asked = () => panel.evaluate(() => (window as unknown as { __persistAsked: number }).__persistAsked);
  const notes = [
    ['Several European intelligence agencies also claimed that Al-Shimali was involved in the November 2015 Paris attacks.', 'First'],
    ["This week's liberation of Deir ez Zor is a case in point.", 'Second'],
  ];
  for (const [i, [passage, body]] of notes.entries()) {
    await page.evaluate(() => getSelection()?.removeAllRanges());
    await page.mouse.move(2, 2);
    await select(page, passage);
    await (await inBackstoryRoot(page, 'backstory-note-button')).click();
    await expect(panel.getByTestId('note-draft-quote')).toContainText(passage.slice(0, 20));
    // Not before there is a note to keep; after the first, not again.
    expect(await asked()).toBe(i === 0 ? 0 : 1);
    await panel.getByTestId('note-editor').fill(body);
    await panel.getByTestId('note-save').click();
    await expect(panel.getByTestId('note-draft')).toHaveCount(0);
    await expect.poll(asked).toBe(1);
  }
  await panel.close();
});
