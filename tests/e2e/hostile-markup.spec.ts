// Hostile page: markup and script in the title, byline, link text and the names in the text.
// Backstory shows all of it as text; none of it runs, in the page, the panel or a card.
import { inBackstoryRoot } from '../../scripts/lib/backstory-root';
import { hostileCase } from './hostile/cases';
import { addedBesidesBackstory, expect, hoverHighlight, paintedHighlights, panelOutcome, test } from './hostile/harness';

const markup = hostileCase('markup-in-text');
const pwned = () => (window as unknown as { __pwned?: string }).__pwned;

test('markup in a title, byline, link text and names is shown as text and never runs', async ({ openCase, openPanelFor }) => {
  const opened = await openCase(markup);
  const { page } = opened;
  const panel = await openPanelFor(page);
  await panelOutcome(panel, markup);

  // The panel shows the markup literally: the title, the byline, and a flagged claim.
  await expect(panel.getByTestId('page-authors')).toContainText(`Inês Carvalho`);
  await expect(panel.getByTestId('page-description')).toContainText(`</script><script>window.__pwned='description'</script>`);
  await expect(panel.getByTestId('claims-list')).toContainText(`Calloway & Reade </script><script>window.__pwned='entity'</script> Marine`);
  await expect(panel.getByTestId('claims-list')).toContainText(`sources close to the board <b onmouseover="window.__pwned='claim'">`);
  await expect(panel.getByTestId('entities-organization')).toContainText('Calloway & Reade');
  expect(await panel.locator('main img, main script, main b, main svg, main iframe').count()).toBe(0);

  // In the page: the name beside the markup and the claim holding it are painted, and their
  // cards show the text as text.
  const highlights = await paintedHighlights(opened);
  expect(highlights['backstory-organization']).toContain('Calloway & Reade');
  await hoverHighlight(opened, 'backstory-organization', 'Calloway & Reade');
  const card = await inBackstoryRoot(page, 'backstory-card');
  await expect(card.getByTestId('card-title')).toHaveText('Calloway & Reade');
  await page.mouse.move(5, 5);
  await expect(card).toBeHidden();
  await hoverHighlight(opened, 'backstory-claim', 'sources close to the board');
  await expect(card.getByTestId('card-reasons')).toContainText(`sources close to the board <b onmouseover=`);
  expect(await card.locator('img, script, b, svg, iframe').count()).toBe(0);

  // Nothing the payloads would set is set, in the page or in the panel.
  expect(await page.evaluate(pwned)).toBeUndefined();
  expect(await panel.evaluate(pwned)).toBeUndefined();
  // The page's own script and its own image fallback still ran; its button still works.
  expect(await page.evaluate(() => (window as unknown as { __pageScript?: string }).__pageScript)).toBe('ran');
  expect(await page.evaluate(() => (window as unknown as { __pageImageError?: boolean }).__pageImageError)).toBe(true);
  await page.locator('#vote').click();
  await expect(page.locator('#votes')).toHaveText('1 vote');
  expect(await addedBesidesBackstory(opened)).toEqual([]);
  expect(await opened.backstoryErrors()).toEqual([]);
});
