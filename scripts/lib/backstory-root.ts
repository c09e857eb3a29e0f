// Backstory's host element keeps a closed shadow root (entrypoints/content/shadow-host.ts), so
// the page's scripts cannot read a card — a note's card shows the reader's own text. Tests and
// the demo still need to see and press what the reader sees. Through the DevTools protocol,
// which sees closed roots as DevTools does, this gives the test tools' own worlds — Playwright's
// utility world (locators) and the main world (axe, page.evaluate) — a `shadowRoot` property on
// the host that returns the closed root. Nothing of this is in the extension; the page's
// scripts in a real browser never get it. Call it again after every navigation.
import type { CDPSession, Locator, Page } from 'playwright-core';

const HOST = 'backstory-root';

interface Contexts {
  cdp: CDPSession;
  /** Execution contexts by id: frame and whether it is the main or Playwright's utility world. */
  byId: Map<number, { frameId: string; tools: boolean }>;
}

const sessions = new WeakMap<Page, Promise<Contexts>>();

function contextsOf(page: Page): Promise<Contexts> {
  let ready = sessions.get(page);
  if (!ready) {
    ready = (async () => {
      const cdp = await page.context().newCDPSession(page);
      const byId: Contexts['byId'] = new Map();
      cdp.on('Runtime.executionContextCreated', ({ context }) => {
        const aux = (context.auxData ?? {}) as { frameId?: string; isDefault?: boolean };
        const tools = !!aux.isDefault || context.name.startsWith('__playwright_utility_world');
        byId.set(context.id, { frameId: aux.frameId ?? '', tools });
      });
      cdp.on('Runtime.executionContextDestroyed', ({ executionContextId }) => byId.delete(executionContextId));
      cdp.on('Runtime.executionContextsCleared', () => byId.clear());
      await cdp.send('Runtime.enable'); // reports the contexts that already exist
      return { cdp, byId };
    })();
    sessions.set(page, ready);
  }
  return ready;
}

/**
 * Opens Backstory's closed shadow root to the test's tools in `page`; false when the page has no
 * Backstory host (yet).
 */
export async function revealBackstoryRoot(page: Page): Promise<boolean> {
  const { cdp, byId } = await contextsOf(page);
  const { frameTree } = await cdp.send('Page.getFrameTree');
  const mainFrame = frameTree.frame.id;
  const { root } = await cdp.send('DOM.getDocument', { depth: 0 });
  const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector: HOST });
  if (!nodeId) return false;
  const { node } = await cdp.send('DOM.describeNode', { nodeId, depth: 1, pierce: true });
  const shadow = node.shadowRoots?.[0];
  if (!shadow) return false;
  // Playwright may create its utility world on first use: make sure it exists.
  await page.locator(HOST).count();
  for (const [executionContextId, info] of byId) {
    if (!info.tools || info.frameId !== mainFrame) continue;
    const host = await cdp.send('DOM.resolveNode', { backendNodeId: node.backendNodeId, executionContextId }).catch(() => null);
    const inner = await cdp.send('DOM.resolveNode', { backendNodeId: shadow.backendNodeId, executionContextId }).catch(() => null);
    if (!host?.object.objectId || !inner?.object.objectId) continue;
    await cdp.send('Runtime.callFunctionOn', {
      objectId: host.object.objectId,
      functionDeclaration: 'function (root) { Object.defineProperty(this, "shadowRoot", { configurable: true, get: () => root }); }',
      arguments: [{ objectId: inner.object.objectId }],
    });
  }
  return true;
}

/**
 * An element in Backstory's shadow root by its data-testid, once the host exists (it is created
 * when the first card or note button is shown).
 */
export async function inBackstoryRoot(page: Page, testId: string, timeout = 10_000): Promise<Locator> {
  const until = Date.now() + timeout;
  while (!(await revealBackstoryRoot(page))) {
    if (Date.now() > until) throw new Error(`Backstory's host did not appear in ${page.url()} within ${timeout} ms`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return page.getByTestId(testId);
}
