// Shops and lists of posts are not articles, however much prose they carry; an article that
// carries shop or list furniture (a deal box, a star rating, related stories, comments) still is.
// Judged by structure, in any language, with or without the page's address.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { detectionCases, detectionCasesDir } from '../fixtures/detection/cases';
import { detectArticle } from '../../lib/page/detect';
import { commerceEvidence, isPriceOnly } from '../../lib/page/detect-commerce';
import { isPostListing, listingEvidence } from '../../lib/page/detect-listing';

const docOf = (html: string): Document => parseHTML(html).document as unknown as Document;
const signals = (d: { reasons: { signal: string }[] }): string[] => d.reasons.map((r) => r.signal);
const NEUTRAL = 'https://example.org/page';

const paragraph = (topic: string, i: number): string =>
  `<p>${topic}, part ${i + 1}: the committee met on a wet Tuesday evening and, after a long discussion of costs, timetables and the views of the neighbours who wrote in, agreed to go ahead with the plan that had been drafted over the summer months.</p>`;
const prose = (topic: string, n: number): string => Array.from({ length: n }, (_, i) => paragraph(topic, i)).join('');

describe('the detection cases', () => {
  for (const c of detectionCases) {
    const html = readFileSync(join(detectionCasesDir, c.file), 'utf8');
    const expected = c.kind === 'article';
    it(`${c.name} (${c.what}) is ${expected ? '' : 'not '}an article`, () => {
      const d = detectArticle(docOf(html), c.url);
      expect(d.isArticle, JSON.stringify(d.reasons)).toBe(expected);
    });
    it(`${c.name} is ${expected ? '' : 'not '}an article at an address that says nothing`, () => {
      const d = detectArticle(docOf(html), NEUTRAL);
      expect(d.isArticle, JSON.stringify(d.reasons)).toBe(expected);
    });
  }
});

describe('shops', () => {
  const shopPage = (buyBox: string, description = prose('The kettle', 6)) =>
    `<html><body><header><a href="/">Shop</a></header><h1>Stove-top kettle, 2 litres</h1>${buyBox}<h2>Description</h2><div class="description">${description}</div></body></html>`;

  it('a product page without structured data: a price on its own, a quantity and a cart button (Polish)', () => {
    const d = detectArticle(
      docOf(shopPage(`<div class="cena">129,00 zł</div><form action="/koszyk/dodaj" method="post"><input type="number" name="ilosc" value="1"><button type="submit">Do koszyka</button></form>`)),
      NEUTRAL,
    );
    expect(d.isArticle, JSON.stringify(d.reasons)).toBe(false);
    expect(signals(d)).toContain('shop');
  });

  it('the same prose without the buy box is an article', () => {
    const d = detectArticle(docOf(shopPage('<p class="byline">By Ann Lee</p>')), NEUTRAL);
    expect(d.isArticle, JSON.stringify(d.reasons)).toBe(true);
  });

  it('reads prices in many notations', () => {
    for (const price of ['$1,299.99', '1 299,99 €', '€ 49', '¥3,520（税込）', 'CHF 45.–', 'R$ 99,90', '49,90 EUR', 'from £14.00', '₹2,499', '129,00 zł']) {
      expect(isPriceOnly(price), price).toBe(true);
    }
    for (const notPrice of ['$5 million was raised by the campaign over the summer', '2024', '40.3°C', 'Page 2 of 14', 'EUR', '10 kilometres']) {
      expect(isPriceOnly(notPrice), notPrice).toBe(false);
    }
  });

  it('finds a price split over spans, next to a buy button', () => {
    const doc = docOf(`<html><body><p class="price"><span>$</span><span>67</span><span>.99</span></p><button class="add-to-cart">Add</button></body></html>`);
    expect(commerceEvidence(doc, new Set()).kinds).toEqual(expect.arrayContaining(['price', 'buy']));
  });

  it('a microdata Product page is a product page; a microdata Review of a product is writing', () => {
    const product = `<div itemscope itemtype="https://schema.org/Product"><h1 itemprop="name">Kettle</h1><span itemprop="offers" itemscope itemtype="https://schema.org/Offer"><meta itemprop="price" content="20"></span></div>`;
    const d = detectArticle(docOf(`<html><body>${product}<div>${prose('The kettle', 8)}</div></body></html>`), NEUTRAL);
    expect(d.isArticle).toBe(false);
    expect(signals(d)).toContain('product');

    const review = `<article itemscope itemtype="https://schema.org/Review"><h1 itemprop="name">Kettle review</h1><p class="byline">By Ann Lee</p>
      <div itemprop="itemReviewed" itemscope itemtype="https://schema.org/Product"><span itemprop="name">Kettle</span></div>${prose('The kettle', 8)}</article>`;
    const r = detectArticle(docOf(`<html><body>${review}</body></html>`), NEUTRAL);
    expect(r.isArticle, JSON.stringify(r.reasons)).toBe(true);
    expect(signals(r)).not.toContain('product');
  });

  it('a JSON-LD Review whose itemReviewed is a Product with offers is a review, not a product page', () => {
    const ld = { '@context': 'https://schema.org', '@type': 'Review', itemReviewed: { '@type': 'Product', name: 'Phone', offers: { '@type': 'Offer', price: '799' } } };
    const d = detectArticle(
      docOf(`<html><head><script type="application/ld+json">${JSON.stringify(ld)}</script></head><body><h1>Phone review</h1>${prose('The phone', 8)}</body></html>`),
      NEUTRAL,
    );
    expect(d.isArticle, JSON.stringify(d.reasons)).toBe(true);
    expect(signals(d)).toContain('json-ld-review');
  });

  it('an event with ticket offers in JSON-LD is a box office page', () => {
    const ld = { '@context': 'https://schema.org', '@type': 'MusicEvent', name: 'Concert', offers: { '@type': 'Offer', price: '25', priceCurrency: 'EUR' } };
    const d = detectArticle(
      docOf(`<html><head><script type="application/ld+json">${JSON.stringify(ld)}</script></head><body><h1>Concert</h1>${prose('The programme', 8)}</body></html>`),
      NEUTRAL,
    );
    expect(d.isArticle).toBe(false);
    expect(d.reasons).toContainEqual(expect.objectContaining({ signal: 'product', detail: 'JSON-LD MusicEvent' }));
  });

  it('a blog post with an affiliate box after its text stays an article', () => {
    const box = `<aside class="affiliate"><span class="price">$24.99</span> <a class="buy-button" rel="sponsored" href="https://shop.example/kettle">Buy now</a></aside>`;
    const d = detectArticle(docOf(`<html><body><h1>Why I still boil water on the stove</h1><p class="byline">By Ann Lee</p><div class="entry">${prose('My kettle', 6)}${box}</div></body></html>`), NEUTRAL);
    expect(d.isArticle, JSON.stringify(d.reasons)).toBe(true);
  });
});

describe('lists of posts', () => {
  const entry = (i: number, paragraphs: number, furniture = `<time datetime="2025-03-0${i + 1}">${i + 1} March 2025</time>`) =>
    `<div class="entry"><h2><a href="/posts/post-number-${i}/">Post number ${i}</a></h2>${furniture}${prose(`Post ${i}`, paragraphs)}<a href="/posts/post-number-${i}/">Read more</a></div>`;

  it('a page of dated entries, each with its excerpt, is a list', () => {
    const html = `<html><body><h1>My blog</h1>${[0, 1, 2, 3].map((i) => entry(i, 2)).join('')}</body></html>`;
    const d = detectArticle(docOf(html), NEUTRAL);
    expect(d.isArticle, JSON.stringify(d.reasons)).toBe(false);
    expect(signals(d)).toContain('post-list');
  });

  it('also when each entry shows its whole post, and when the date is printed text in another language', () => {
    const html = `<html><body>${[0, 1, 2].map((i) => entry(i, 5, `<p class="meta">Publicado el ${i + 3} de marzo de 2025</p>`)).join('')}</body></html>`;
    const d = detectArticle(docOf(html), NEUTRAL);
    expect(d.isArticle, JSON.stringify(d.reasons)).toBe(false);
  });

  it('also in flat markup, where headings and paragraphs are siblings', () => {
    const flat = [0, 1, 2, 3].map((i) => `<h2><a href="/p/${i}">Post ${i}</a></h2><p class="date">2025-03-0${i + 1}</p>${prose(`Post ${i}`, 2)}`).join('');
    const d = detectArticle(docOf(`<html><body><main>${flat}</main></body></html>`), NEUTRAL);
    expect(d.isArticle, JSON.stringify(d.reasons)).toBe(false);
  });

  it('an article with dated related stories under it stays an article', () => {
    const related = [0, 1, 2, 3].map((i) => entry(i, 1)).join('');
    const d = detectArticle(docOf(`<html><body><article><h1>The story</h1><p class="byline">By Ann Lee</p>${prose('The story', 6)}</article><section>${related}</section></body></html>`), NEUTRAL);
    expect(d.isArticle, JSON.stringify(d.reasons)).toBe(true);
  });

  it("a post whose title links to itself, with signed comments, stays an article", () => {
    const url = 'https://blog.example/2025/03/the-post/';
    const comments = [0, 1, 2, 3, 4].map((i) => `<article class="comment"><p class="meta"><a href="https://someone.example/${i}" rel="author">Reader ${i}</a> <time datetime="2025-03-1${i}">1${i} March</time></p>${paragraph('A comment', i)}</article>`).join('');
    const html = `<html><body><article><h1><a href="${url}">The post</a></h1><time datetime="2025-03-09">9 March</time>${prose('The post', 6)}</article><section class="comments">${comments}</section></body></html>`;
    const d = detectArticle(docOf(html), url);
    expect(d.isArticle, JSON.stringify(d.reasons)).toBe(true);
  });

  it('a live blog, its updates linking to themselves, stays an article', () => {
    const url = 'https://news.example/live/election-night';
    const ld = { '@context': 'https://schema.org', '@type': 'LiveBlogPosting', headline: 'Election night', datePublished: '2025-03-09' };
    const updates = [0, 1, 2, 3].map((i) => `<div class="update"><h2><a href="${url}?update=${i}">Update ${i}</a></h2><time datetime="2025-03-09T2${i}:00">2${i}:00</time>${prose(`Update ${i}`, 2)}</div>`).join('');
    const d = detectArticle(docOf(`<html><head><script type="application/ld+json">${JSON.stringify(ld)}</script></head><body><h1>Election night</h1>${updates}</body></html>`), url);
    expect(d.isArticle, JSON.stringify(d.reasons)).toBe(true);
  });

  it('section headings with an edit link are not entries', () => {
    const sections = [0, 1, 2, 3].map((i) => `<section><h2>History of the town in the period number ${i} <a href="/w/index.php?action=edit&section=${i}">edit</a></h2><time>2025-01-01</time>${prose(`Section ${i}`, 3)}</section>`).join('');
    const e = listingEvidence(docOf(`<html><body>${sections}</body></html>`), [], NEUTRAL);
    expect(e.entries).toBe(0);
    expect(isPostListing(e)).toBe(false);
  });

  it('several posts marked up as BlogPosting items make a list', () => {
    const post = (i: number) => `<div itemscope itemtype="http://schema.org/BlogPosting"><h3 itemprop="name">Post ${i}</h3><div itemprop="articleBody">${prose(`Post ${i}`, 3)}</div></div>`;
    const d = detectArticle(docOf(`<html><body>${[0, 1, 2].map(post).join('')}</body></html>`), NEUTRAL);
    expect(d.isArticle, JSON.stringify(d.reasons)).toBe(false);
    expect(signals(d)).toContain('post-list');
  });
});
