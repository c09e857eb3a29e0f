// Sync as two readers' browsers live it: two separate profiles with the built extension, one
// CouchDB-protocol server started here (tests/couch), notes made, edited and deleted in one and
// found in the other — anchored on the page —, an edit made offline sent later, a conflicting
// edit resolved the same way in both, and nothing of the note readable on the server.
import path from 'node:path';
import { test as base, expect, type Page } from '@playwright/test';
import { fixture, fixtures, fixturesDir } from '../fixtures/fixtures';
import { databaseTable, highlightsIn, launchWithExtension, openPanelTab, servePages, tabIdFor, type ExtensionBrowser } from '../../scripts/lib/browser';
import { startCouchServer, type CouchServer } from '../couch/couch-server';
import { select } from './select-passage';
import { inBackstoryRoot } from '../../scripts/lib/backstory-root';

const seed = fixture('seed-globalresearch');
const PASSAGE = 'Several European intelligence agencies also claimed that Al-Shimali was involved in the November 2015 Paris attacks.';
const USER = 'reader';
const PASSWORD = 'server password 1';
const PASSPHRASE = 'correct horse battery staple';
const DATABASE = 'reader-notes';

interface Profile {
  name: string;
  ext: ExtensionBrowser;
  options: Page;
  page: Page;
  panel: Page;
}

const test = base.extend<object, { server: CouchServer; a: Profile; b: Profile }>({
  server: [
    async ({}, use) => {
      const server = await startCouchServer({ username: USER, password: PASSWORD });
      await use(server);
      await server.stop(); // by its process id
    },
    { scope: 'worker' },
  ],
  a: [async ({ server }, use) => withProfile('A', server, use), { scope: 'worker' }],
  b: [async ({ server }, use) => withProfile('B', server, use), { scope: 'worker' }],
});

async function withProfile(name: string, server: CouchServer, use: (p: Profile) => Promise<void>) {
  const p = await profile(name, server);
  await use(p);
  await p.ext.close();
}

async function profile(name: string, server: CouchServer): Promise<Profile> {
  const ext = await launchWithExtension();
  await servePages(
    ext.context,
    fixtures.map((f) => ({ url: f.url, file: path.join(fixturesDir, f.file) })),
    { passThrough: [server.url] },
  );
  const options = await ext.context.newPage();
  await options.goto(`chrome-extension://${ext.extensionId}/options.html`);
  const page = await ext.context.newPage();
  await page.goto(seed.url, { waitUntil: 'load' });
  const panel = await openPanelTab(ext, await tabIdFor(ext.serviceWorker, page.url()));
  return { name, ext, options, page, panel };
}

test.describe.configure({ mode: 'serial', timeout: 120_000 });

async function noteHighlights(page: Page): Promise<string[]> {
  return (await highlightsIn(page))['backstory-note'] ?? [];
}

async function turnOn(p: Profile, server: CouchServer, passphrase = PASSPHRASE) {
  const o = p.options;
  await o.getByTestId('sync-url').fill(`${server.url}/${DATABASE}`);
  await o.getByTestId('sync-user').fill(USER);
  await o.getByTestId('sync-password').fill(PASSWORD);
  await o.getByTestId('sync-passphrase').fill(passphrase);
  await o.getByTestId('sync-on').click();
}

/** What is still to send: the outbox rows besides the "sync is on" one. */
async function unsent(p: Profile): Promise<number> {
  return (await databaseTable(p.ext, 'syncOutbox')).length - 1;
}

/** When the last sync that worked ended (0 before any). */
async function lastSynced(p: Profile): Promise<number> {
  return Number((await p.options.getByTestId('sync').getAttribute('data-last-synced')) || 0);
}

/** Presses Sync now until a sync that started after the press has ended well and nothing waits
 * to be sent. "ok" alone is not enough: it may still be the state of the sync before the press. */
async function syncNow(p: Profile) {
  await expect(async () => {
    const before = await lastSynced(p);
    await p.options.getByTestId('sync-now').click();
    await expect.poll(() => lastSynced(p), { timeout: 15_000 }).toBeGreaterThan(before);
    await expect(p.options.getByTestId('sync')).toHaveAttribute('data-state', 'ok');
    expect(await unsent(p)).toBe(0);
  }).toPass({ timeout: 45_000 });
}

async function notesOf(p: Profile) {
  return (await databaseTable(p.ext, 'notes')) as { id: string; body: string; otherVersions?: { body: string }[] }[];
}

async function editNote(p: Profile, body: string) {
  const item = p.panel.getByTestId('note-item').first();
  await item.getByTestId('note-edit').click();
  await p.panel.getByTestId('note-edit-body').fill(body);
  await p.panel.getByTestId('note-edit-save').click();
  await expect(p.panel.getByTestId('note-body').first()).toHaveText(body);
}

test('a second browser needs the passphrase, and a wrong one changes nothing', async ({ server, a, b }) => {
  // Nothing is sent before the reader turns sync on.
  expect(await server.storedRevisions(DATABASE).catch(() => 'no database')).toBe('no database');
  await expect(a.options.getByTestId('sync')).toHaveAttribute('data-state', 'off');

  await turnOn(a, server);
  await expect(a.options.getByTestId('sync')).toHaveAttribute('data-state', 'ok', { timeout: 30_000 });
  await expect(a.options.getByTestId('sync-line')).toContainText('Last synced today');

  await turnOn(b, server, 'not the passphrase');
  await expect(b.options.getByTestId('sync-problem')).toHaveAttribute('data-problem', 'wrong-passphrase', { timeout: 30_000 });
  await expect(b.options.getByTestId('sync')).toHaveAttribute('data-state', 'off');
  expect(await databaseTable(b.ext, 'syncOutbox')).toEqual([]);

  await b.options.getByTestId('sync-passphrase').fill('');
  await b.options.getByTestId('sync-on').click();
  await expect(b.options.getByTestId('sync-problem')).toHaveAttribute('data-problem', 'passphrase-needed', { timeout: 30_000 });

  await turnOn(b, server);
  await expect(b.options.getByTestId('sync')).toHaveAttribute('data-state', 'ok', { timeout: 30_000 });
});

test('a note made in one browser appears, anchored, in the other', async ({ a, b }) => {
  await expect.poll(async () => (await highlightsIn(a.page))['backstory-claim']?.length ?? 0).toBeGreaterThan(0);
  await select(a.page, PASSAGE);
  await (await inBackstoryRoot(a.page, 'backstory-note-button')).click();
  await a.panel.getByTestId('note-editor').fill('Which agencies? Find the original report.');
  await a.panel.getByTestId('note-save').click();
  await expect(a.panel.getByTestId('note-item')).toHaveCount(1);
  await syncNow(a);

  await syncNow(b);
  await expect(b.panel.getByTestId('note-item')).toHaveCount(1);
  await expect(b.panel.getByTestId('note-body')).toHaveText('Which agencies? Find the original report.');
  await expect.poll(() => noteHighlights(b.page), { timeout: 15_000 }).toEqual([PASSAGE]);
  await b.page.reload({ waitUntil: 'load' });
  await expect.poll(() => noteHighlights(b.page), { timeout: 15_000 }).toEqual([PASSAGE]);
});

test('an edit travels, and so does an edit made offline once the server is back', async ({ server, a, b }) => {
  await editNote(b, 'Edited in B: the agencies are not named.');
  await syncNow(b);
  await syncNow(a);
  await expect(a.panel.getByTestId('note-body')).toHaveText('Edited in B: the agencies are not named.');

  await server.offline();
  try {
    await editNote(a, 'Written offline in A.');
    await a.options.getByTestId('sync-now').click();
    await expect(a.options.getByTestId('sync-problem')).toHaveAttribute('data-problem', 'unreachable', { timeout: 30_000 });
    await expect(a.panel.getByTestId('sync-problem-line')).toBeVisible();
    expect((await notesOf(a))[0].body).toBe('Written offline in A.'); // kept here
  } finally {
    await server.online();
  }
  await syncNow(a);
  await expect(a.panel.getByTestId('sync-problem-line')).toHaveCount(0);
  await syncNow(b);
  await expect(b.panel.getByTestId('note-body')).toHaveText('Written offline in A.');
});

test('a note edited in both browsers while apart ends the same in both, the other text kept to pick from', async ({ server, a, b }) => {
  await server.offline();
  try {
    await editNote(a, 'A’s version, written first.');
    await editNote(b, 'B’s version, written later.');
  } finally {
    await server.online();
  }
  await syncNow(a);
  await syncNow(b);
  await syncNow(a);
  for (const p of [a, b]) {
    const [note] = await notesOf(p);
    expect(note.body, p.name).toBe('B’s version, written later.');
    expect(note.otherVersions?.map((v) => v.body), p.name).toEqual(['A’s version, written first.']);
    await expect(p.panel.getByTestId('note-version')).toHaveText(/A’s version, written first\./);
  }
  // The reader picks A's text in A; B follows.
  await a.panel.getByTestId('note-version-use').click();
  await expect(a.panel.getByTestId('note-body')).toHaveText('A’s version, written first.');
  await expect(a.panel.getByTestId('note-versions')).toHaveCount(0);
  await syncNow(a);
  await syncNow(b);
  await expect(b.panel.getByTestId('note-body')).toHaveText('A’s version, written first.');
  await expect(b.panel.getByTestId('note-versions')).toHaveCount(0);
});

test("the server's stored documents hold no plaintext of the note", async ({ server }) => {
  const stored = JSON.stringify(await server.storedRevisions(DATABASE));
  expect(stored.length).toBeGreaterThan(1_000);
  for (const plain of ['Which agencies', 'Edited in B', 'offline', 'version', 'Al-Shimali', 'intelligence', 'globalresearch', 'TextQuoteSelector', PASSAGE.slice(0, 30), PASSPHRASE]) {
    expect(stored, plain).not.toContain(plain);
  }
});

test('a deletion travels, and turning sync off keeps the notes', async ({ a, b }) => {
  await b.panel.getByTestId('note-delete').first().click();
  await expect(b.panel.getByTestId('note-item')).toHaveCount(0);
  await syncNow(b);
  await syncNow(a);
  await expect(a.panel.getByTestId('note-item')).toHaveCount(0);
  await expect.poll(() => noteHighlights(a.page), { timeout: 15_000 }).toEqual([]);

  await select(a.page, PASSAGE);
  await (await inBackstoryRoot(a.page, 'backstory-note-button')).click();
  await a.panel.getByTestId('note-editor').fill('Kept after sync is off.');
  await a.panel.getByTestId('note-save').click();
  await a.options.getByTestId('sync-off').click();
  await expect(a.options.getByTestId('sync')).toHaveAttribute('data-state', 'off', { timeout: 15_000 });
  await expect(a.options.getByTestId('sync-note')).toContainText('Your notes stay in this browser');
  expect((await notesOf(a)).map((n) => n.body)).toEqual(['Kept after sync is off.']);
  expect(await databaseTable(a.ext, 'syncOutbox')).toEqual([]);
});
