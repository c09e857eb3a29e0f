// The content scripts' context (in place of WXT's, see wxt.config.ts): a newer copy of the same
// script in the page (after an update or reload of the extension) stops the older one, and none
// of it reads the extension API.
import { parseHTML } from 'linkedom';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ContentScriptContext } from '../../entrypoints/content/script-context';

const g = globalThis as { document?: unknown; chrome?: unknown; CustomEvent?: unknown };
const nodeCustomEvent = g.CustomEvent;

beforeEach(() => {
  const page = parseHTML('<html><body></body></html>');
  g.document = page.document;
  g.CustomEvent = page.CustomEvent;
  // Any read of the extension API would throw.
  Object.defineProperty(globalThis, 'chrome', { configurable: true, get: () => { throw new Error('chrome read'); } });
});
afterEach(() => {
  delete g.document;
  delete g.chrome;
  g.CustomEvent = nodeCustomEvent;
});

describe('ContentScriptContext', () => {
  it('stops the older copy when a newer one of the same script starts, not when another script does', () => {
    const older = new ContentScriptContext('content');
    const stopped: string[] = [];
    older.onInvalidated(() => stopped.push('older'));
    new ContentScriptContext('article');
    expect(older.isValid).toBe(true);
    const newer = new ContentScriptContext('content');
    expect(stopped).toEqual(['older']);
    expect(older.isInvalid).toBe(true);
    expect(older.signal.aborted).toBe(true);
    expect(newer.isValid).toBe(true);
  });

  it('lets a listener be removed before it is called', () => {
    const ctx = new ContentScriptContext('content');
    let calls = 0;
    const remove = ctx.onInvalidated(() => calls++);
    remove();
    ctx.notifyInvalidated();
    expect(calls).toBe(0);
  });
});
