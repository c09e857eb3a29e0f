// Hostile page: a strict Content-Security-Policy sent as a response header (no scripts at all,
// styles from the site only, Trusted Types required). Backstory still reads and paints the
// article, and causes no violation of the page's policy: the only one is the page's own
// inline script, which its policy blocks.
import { inBackstoryRoot } from '../../scripts/lib/backstory-root';
import { hostileCase } from './hostile/cases';
import { addedBesidesBackstory, evaluateInPage, expect, hoverHighlight, paintedHighlights, panelOutcome, test } from './hostile/harness';

const csp = hostileCase('strict-csp');

interface Violation {
  directive: string;
  blocked: string;
  source: string;
  sample: string;
}

test('under a strict CSP Backstory reads and paints, and violates nothing', async ({ openCase, openPanelFor }) => {
  const opened = await openCase(csp, async (page) => {
    // DevTools' init scripts run whatever the page's policy says: the page itself could not
    // listen (it may run no script at all).
    await page.addInitScript(() => {
      const seen: Violation[] = [];
      Object.defineProperty(window, '__violations', { value: seen });
      document.addEventListener('securitypolicyviolation', (e) =>
        seen.push({ directive: e.effectiveDirective, blocked: e.blockedURI, source: e.sourceFile, sample: e.sample }),
      );
    });
  });
  const { page } = opened;
  const panel = await openPanelFor(page);
  await panelOutcome(panel, csp);

  const highlights = await paintedHighlights(opened);
  expect(highlights['backstory-person']).toEqual(expect.arrayContaining(['Denise Whitaker', 'Paul Lindqvist']));
  expect(highlights['backstory-claim']?.length).toBeGreaterThan(0);
  await hoverHighlight(opened, 'backstory-person', 'Denise Whitaker');
  const card = await inBackstoryRoot(page, 'backstory-card');
  await expect(card.getByTestId('card-title')).toHaveText('Denise Whitaker');
  // Backstory's card is styled inside its own root: it has a real box, not raw unstyled text.
  const box = await card.boundingBox();
  expect(box && box.width > 100 && box.height > 40).toBe(true);

  // The policy is in force: the page's own inline script was blocked, its stylesheet loaded.
  expect(await evaluateInPage(opened, 'window.__inlineRan')).toBeUndefined();
  expect(await evaluateInPage(opened, 'getComputedStyle(document.querySelector(".masthead")).backgroundColor')).toBe('rgb(20, 52, 94)');
  // The one violation is the page's own inline script; none is Backstory's.
  const violations = await evaluateInPage<Violation[]>(opened, 'window.__violations');
  expect(violations.length).toBeGreaterThan(0);
  for (const v of violations) expect(v).toMatchObject({ directive: 'script-src-elem', blocked: 'inline', source: csp.url });
  expect(await addedBesidesBackstory(opened)).toEqual([]);
  expect(await opened.backstoryErrors()).toEqual([]);
});
