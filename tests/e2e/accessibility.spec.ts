// The side panel is usable with a keyboard and a screen reader, in light and dark mode.
import AxeBuilder from '@axe-core/playwright';
import { fixture } from '../fixtures/fixtures';
import { inBackstoryRoot } from '../../scripts/lib/backstory-root';
import { expect, test } from './extension-fixture';

for (const scheme of ['light', 'dark'] as const) {
  for (const name of ['seed-globalresearch', 'product-page']) {
    test(`panel for ${name} has no accessibility violations (${scheme})`, async ({ openFixture, openPanelFor }) => {
      const page = await openFixture(fixture(name));
      const panel = await openPanelFor(page);
      await panel.emulateMedia({ colorScheme: scheme });
      await expect(panel.locator('[data-testid="page-title"], [data-testid="state-not-article"]')).toBeVisible();
      // Every section is there: outlet, names and claims, notes.
      if (name === 'seed-globalresearch') await expect(panel.getByTestId('claims-list')).toBeVisible();
      await expect(panel.getByTestId('notes-section')).toBeVisible();
      await panel.locator('summary').first().click(); // the detection details are open too
      const results = await new AxeBuilder({ page: panel }).analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    });
  }
}

for (const scheme of ['light', 'dark'] as const) {
  test(`the cards in the page have no accessibility violations (${scheme})`, async ({ openFixture }) => {
    const page = await openFixture(fixture('seed-globalresearch'));
    await page.emulateMedia({ colorScheme: scheme });
    await expect.poll(() => page.evaluate(() => CSS.highlights.has('backstory-claim')), { timeout: 15_000 }).toBe(true);
    for (const kind of ['claim', 'person']) {
      // Step with the keyboard until a card of this kind is open, then check it.
      let card = null;
      for (let i = 0; i < 40; i++) {
        await page.keyboard.press('Alt+Shift+J');
        card = await inBackstoryRoot(page, 'backstory-card');
        if ((await card.getAttribute('data-kind')) === kind) break;
      }
      await expect(card!).toHaveAttribute('data-kind', kind);
      const results = await new AxeBuilder({ page }).include('backstory-root').analyze();
      // axe looked inside the (test-revealed) closed shadow root: a target there is a path through the host.
      const inside = results.passes.flatMap((rule) => rule.nodes.filter((n) => n.target.some((part) => Array.isArray(part))));
      expect(inside.length).toBeGreaterThan(0);
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    }
  });
}

test('the options page has no accessibility violations', async ({ ext }) => {
  const options = await ext.context.newPage();
  await options.goto(`chrome-extension://${ext.extensionId}/options.html`);
  await expect(options.getByTestId('auto-lookups')).toBeVisible();
  const results = await new AxeBuilder({ page: options }).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  await options.close();
});

test('the panel can be worked with the keyboard alone', async ({ openFixture, openPanelFor }) => {
  const page = await openFixture(fixture('product-page'));
  const panel = await openPanelFor(page);
  await expect(panel.getByTestId('state-not-article')).toBeVisible();
  await panel.keyboard.press('Tab');
  await expect(panel.getByRole('button', { name: 'Check again' })).toBeFocused();
  await panel.keyboard.press('Tab');
  await panel.keyboard.press('Enter'); // opens "Why Backstory stays out of the way here"
  await expect(panel.getByTestId('detection-details')).toHaveAttribute('open', '');
  await expect(panel.getByTestId('detection-details')).toContainText('product');
});

test('dark mode follows the system setting', async ({ openFixture, openPanelFor }) => {
  const panel = await openPanelFor(await openFixture(fixture('seed-globalresearch')));
  const background = () => panel.evaluate(() => getComputedStyle(document.body).backgroundColor);
  await panel.emulateMedia({ colorScheme: 'light' });
  const light = await background();
  await panel.emulateMedia({ colorScheme: 'dark' });
  expect(await background()).not.toBe(light);
});
