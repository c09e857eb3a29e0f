// The panel's second view of claims: every checkable statement with how it is sourced. Flagged
// statements can be shown in the page; sourced ones say where their support is and are not
// painted. Screenshots (light and dark) land in test-results/claims-view/ for a person to look at.
import { fixture } from '../fixtures/fixtures';
import { highlightsIn } from '../../scripts/lib/browser';
import { expect, test } from './extension-fixture';

const linked = fixture('seed-linked');
const AIR_STRIKE = 'a Russian air strike on an underground command center near the city killed 40 ISIS members';

test('all checkable statements, with their sourcing, on request; only the flagged ones are painted', async ({ openFixture, openPanelFor }) => {
  const page = await openFixture(linked);
  const panel = await openPanelFor(page);
  const flagged = panel.getByTestId('claim-item');
  await expect(flagged.first()).toBeVisible({ timeout: 20_000 });
  const flaggedCount = await flagged.count();

  const toggle = panel.getByTestId('show-check-worthy');
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await expect(panel.getByTestId('check-worthy-list')).toHaveCount(0);
  // Keyboard first: the toggle is a button a reader reaches and presses without a mouse.
  await toggle.focus();
  await panel.keyboard.press('Enter');
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');

  const items = panel.getByTestId('check-worthy-item');
  await expect(items.first()).toBeVisible();
  const total = await items.count();
  const sourced = panel.locator('[data-testid="check-worthy-item"].claim-sourced');
  const sourcedCount = await sourced.count();
  expect(sourcedCount).toBeGreaterThan(0);
  expect(total - sourcedCount).toBe(flaggedCount); // the flagged ones are the same statements as the list above
  await expect(toggle).toHaveText(new RegExp(`all ${total} checkable statements.*\\(${sourcedCount} sourced\\)`));

  // The air-strike statement links a real source here: listed as linked, with where, not painted.
  const airStrike = items.filter({ hasText: AIR_STRIKE });
  await expect(airStrike).toHaveAttribute('data-sourcing', 'linked');
  await expect(airStrike.locator('.sourcing')).toContainText(/linked/i);
  await expect(airStrike.locator('button')).toHaveCount(0);
  const painted = (await highlightsIn(page))['backstory-claim'] ?? [];
  expect(painted.some((c) => c.includes(AIR_STRIKE))).toBe(false);

  // Every item is readable in full: nothing clipped by the panel's width or a fixed height.
  for (const item of await items.all()) {
    const text = item.locator('.claim-text');
    const clipped = await text.evaluate((el) => el.scrollWidth > el.clientWidth + 1 || el.scrollHeight > el.clientHeight + 1);
    expect(clipped, await text.innerText()).toBe(false);
  }

  for (const scheme of ['light', 'dark'] as const) {
    await panel.emulateMedia({ colorScheme: scheme });
    await toggle.evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await panel.screenshot({ path: test.info().outputPath(`claims-view-${scheme}.png`) });
  }

  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await expect(panel.getByTestId('check-worthy-list')).toHaveCount(0);
});
