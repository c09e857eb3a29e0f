// What someone is writing in the page is not its article, and a page whose text Backstory cannot
// see (shadow roots, frames) says so: detection and extraction on hostile pages, in Node.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { detectArticle } from '../../lib/page/detect';
import { isDocumentEditable, isEditingHost, isTypingTarget } from '../../lib/page/editable';
import { extractArticle } from '../../lib/page/extract';
import { shadowParagraphs } from '../../lib/page/unread-text';
import { hostileDir } from '../e2e/hostile/cases';

const docOf = (html: string): Document => parseHTML(html).document as unknown as Document;
const hostile = (file: string) => docOf(readFileSync(join(hostileDir, file), 'utf8'));
const reason = (d: { reasons: { signal: string; detail?: string }[] }, signal: string) => d.reasons.find((r) => r.signal === signal);

const PARAGRAPH =
  'The council met on Tuesday evening and, after a long debate about the budget, roads and the future of the library branches, voted to approve the plan that the finance committee had drafted over the summer.';
const prose = (n: number) => Array.from({ length: n }, (_, i) => `<p>${i + 1}. ${PARAGRAPH}</p>`).join('');
const ARTICLE_HEAD = `<head><meta property="og:type" content="article"><script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2025-01-01"}</script></head>`;
const URL_ = 'https://news.example.com/2025/01/01/council-approves-the-budget-plan';

describe('editing hosts', () => {
  it('contenteditable "", "true" and "plaintext-only" make an editing host; "false" does not', () => {
    const doc = docOf('<body><div contenteditable></div><div contenteditable="true"></div><div contenteditable="plaintext-only"></div><div contenteditable="false"></div><div></div></body>');
    expect([...doc.querySelectorAll('div')].map(isEditingHost)).toEqual([true, true, true, false, false]);
    expect(isDocumentEditable(doc)).toBe(false);
    expect(isDocumentEditable(docOf('<body contenteditable><p>x</p></body>'))).toBe(true);
  });
});

describe('typing targets', () => {
  it('text fields, selects and editable regions take the keys; the article text does not', () => {
    const doc = docOf('<body><p id="text">Prose</p><input id="input"><textarea id="area"></textarea><div contenteditable><b id="inside">x</b></div></body>');
    const typing = (id: string) => isTypingTarget(doc.getElementById(id));
    expect(['text', 'input', 'area', 'inside'].map(typing)).toEqual([false, true, true, true]);
    expect(isTypingTarget(null)).toBe(false);
  });
});

describe('an article with editable regions', () => {
  const doc = hostile('editable-regions.html');
  const url = 'https://www.fenlandgazette.co.uk/news/2025/07/09/library-sunday-opening';

  it('is still an article, judged on its published paragraphs only', () => {
    const d = detectArticle(doc, url);
    expect(d.isArticle, JSON.stringify(d.reasons)).toBe(true);
    expect(reason(d, 'editor')).toBeUndefined();
    expect(reason(d, 'paragraphs')?.detail).toBe('6 long paragraphs');
  });

  it('never reads the text inside an editable region', () => {
    const { text } = extractArticle(doc, url);
    expect(text).toContain('Council leader Bridget Hammond said a review of the budget');
    expect(text).toContain('Visitor numbers will be published every quarter.');
    expect(text).not.toContain('Reginald Fairbrother-Smythe');
    expect(text).not.toContain('Augustus Pembleton-Rowe');
  });
});

describe('a page that is an editor', () => {
  it('an in-page editor holding a story draft is not an article, and says it is an editor', () => {
    const d = detectArticle(hostile('in-page-editor.html'), 'https://cms.example-news.com/stories/48211/edit');
    expect(d.isArticle, JSON.stringify(d.reasons)).toBe(false);
    expect(reason(d, 'editor')?.detail).toBe('6 of 6 long paragraphs are in an editable region');
  });

  it('an article whose whole body is editable (designMode-like) is not read, whatever its metadata', () => {
    const d = detectArticle(docOf(`<html>${ARTICLE_HEAD}<body contenteditable="true"><article><h1>H</h1>${prose(8)}</article></body></html>`), URL_);
    expect(d.isArticle).toBe(false);
    expect(reason(d, 'editor')?.detail).toBe('the whole page is editable');
  });

  it('a block editor where every paragraph is its own editing host is an editor', () => {
    const blocks = Array.from({ length: 6 }, (_, i) => `<p contenteditable="true" class="block-editor-rich-text__editable">${i + 1}. ${PARAGRAPH}</p>`).join('');
    const d = detectArticle(
      docOf(`<html><body><div class="editor-header"><button>Publish</button></div><textarea class="editor-post-title">Council approves the budget</textarea><div class="editor-styles-wrapper">${blocks}</div></body></html>`),
      'https://example-news.com/wp-admin/post.php?post=4821&action=edit',
    );
    expect(d.isArticle).toBe(false);
    expect(reason(d, 'editor')?.detail).toBe('6 of 6 long paragraphs are in an editable region');
  });

  it('one editable comment box under an article changes nothing', () => {
    const d = detectArticle(
      docOf(`<html>${ARTICLE_HEAD}<body><article><h1>H</h1>${prose(8)}</article><div contenteditable><p>${PARAGRAPH}</p></div></body></html>`),
      URL_,
    );
    expect(d.isArticle).toBe(true);
    expect(reason(d, 'editor')).toBeUndefined();
  });
});

describe('text Backstory does not read', () => {
  it('a declared article whose text is in nested open shadow roots says so', () => {
    const doc = docOf(`<html>${ARTICLE_HEAD}<body><news-article></news-article></body></html>`);
    const outer = doc.querySelector('news-article')!.attachShadow({ mode: 'open' });
    const body = doc.createElement('story-body');
    outer.append(doc.createElement('h1'), body);
    const inner = body.attachShadow({ mode: 'open' });
    for (let i = 0; i < 6; i++) {
      const p = doc.createElement('p');
      p.textContent = PARAGRAPH;
      inner.append(p);
    }
    expect(shadowParagraphs(doc)).toBe(6);
    const d = detectArticle(doc, URL_);
    expect(d.isArticle).toBe(false);
    expect(reason(d, 'no-body')?.detail).toBe('its text (6 paragraphs) is inside shadow roots, which Backstory does not read');
  });

  it('a declared article shown in a frame says Backstory does not read frames', () => {
    const d = detectArticle(docOf(`<html>${ARTICLE_HEAD}<body><header>Site</header><iframe src="/embed/story"></iframe></body></html>`), URL_);
    expect(d.isArticle).toBe(false);
    expect(reason(d, 'no-body')?.detail).toBe("no article text in the page itself; Backstory does not read the frame it shows");
  });

  it('an app shell that has not rendered yet still says "no article text yet"', () => {
    const d = detectArticle(docOf(`<html>${ARTICLE_HEAD}<body><div id="app"><p>Loading…</p></div></body></html>`), URL_);
    expect(reason(d, 'no-body')?.detail).toBe('no article text yet');
  });
});
