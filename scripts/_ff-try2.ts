import puppeteer from 'puppeteer-core';
import path from 'node:path';
import { readFileSync } from 'node:fs';
const root = '/work/wt-web';
const UUID = '6c3e1a52-8d2f-4b7e-9c51-0f3a2b7d4e10';
const browser = await puppeteer.launch({
  browser: 'firefox', executablePath: '/usr/bin/firefox-esr', headless: true, dumpio: true,
  extraPrefsFirefox: { 'devtools.console.stdout.chrome': true, 'devtools.console.stdout.content': true, 'extensions.webextensions.uuids': JSON.stringify({ 'backstory@backstory.invalid': UUID }) },
});
await browser.installExtension(path.join(root, '.output/firefox-mv2'));
await browser.installExtension(path.join(root, 'tests/e2e-firefox/panel-opener'));
const page = await browser.newPage();
await page.setRequestInterception(true);
const seedUrl = 'https://www.globalresearch.ca/as-russia-liberates-syria-from-isis-america-saves-isis-from-russia-and-western-media-ignores-it-all/5608577';
page.on('request', (req) => {
  if (req.url().split('#')[0] === seedUrl) return req.respond({ status: 200, contentType: 'text/html; charset=utf-8', body: readFileSync(path.join(root, 'tests/fixtures/seed-globalresearch.html'), 'utf8') });
  if (req.url().startsWith('http')) return req.respond({ status: 404, contentType: 'text/plain', body: 'nope' });
  return req.continue();
});
await page.goto(seedUrl, { waitUntil: 'load' });
await new Promise((r) => setTimeout(r, 4000));
const target = browser.waitForTarget((t) => t.url().startsWith('moz-extension://'), { timeout: 15000 });
await page.evaluate((u) => window.dispatchEvent(new CustomEvent('backstory-test-open-panel', { detail: u })), `moz-extension://${UUID}/sidepanel.html`);
await new Promise((r) => setTimeout(r, 3000)); console.log('targets', browser.targets().map((x) => x.url())); console.log('pages', (await browser.pages()).map((x) => x.url()));
const pg = (await browser.pages())[2]; try { console.log('third page URL', await pg.evaluate(() => document.URL + ' | ' + document.body?.innerText?.slice(0, 300))); } catch (e) { console.log('eval failed', String(e).slice(0, 300)); }
const t = await target;
console.log('target', t.url());
const panel = await t.page();
console.log('page?', !!panel);
await new Promise((r) => setTimeout(r, 3000));
const text = await panel!.evaluate(() => document.body.innerText);
console.log(text.slice(0, 1500));
await browser.close();
