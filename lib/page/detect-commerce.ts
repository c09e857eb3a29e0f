// Is this page selling something? Product pages, marketplaces and box offices carry long
// descriptions and reviews that look like prose to a paragraph counter, so detection asks what
// the page is for. Structured data (schema.org Product, Offer, Event with offers; Open Graph
// product prices) says it outright; without it, the furniture of a shop does: a price standing
// on its own, a control that puts something in a cart, a quantity field, a rating widget. Each
// is judged by structure and by the few words every shop in a language uses for its cart, not
// by the wording of any one site.

/** Kinds of shop furniture found on a page. */
export type CommerceKind = 'price' | 'buy' | 'quantity' | 'rating';

export interface CommerceEvidence {
  kinds: CommerceKind[];
  /** A price or buy control comes before the first long paragraph (a shop's buy box sits above its description). */
  beforeProse: boolean;
  /** How many elements show a price on its own (for the reason's detail). */
  prices: number;
}

// A currency: a sign, a local abbreviation or an ISO 4217 code. Two small regular expressions
// instead of one that spells out every amount format: V8 took ~60 ms to compile that one, on
// every page.
const CURRENCY = '(?:[$€£¥₹₩₽₺₪₫฿₴₦₱₲₡₵₸円元]|zł|Kč|Ft|kr|CHF|EUR|USD|GBP|JPY|CNY|RMB|INR|SEK|NOK|DKK|PLN|CZK|HUF|RON|BRL|MXN|AUD|CAD|NZD|ZAR|TRY|RUB|KRW|SGD|HKD|ILS|AED|SAR|руб)';
/** An amount with a currency right before or after it: "$1,299", "49,90 €", "CHF 45.–". */
const CURRENCY_BY_AMOUNT = new RegExp(`${CURRENCY}\\s?\\d|\\d[.,–-]*\\s?${CURRENCY}`);
const CURRENCIES = new RegExp(CURRENCY, 'g');
const AMOUNTS = /\d[\d.,'\s\u00a0\u202f]*(?:[.,](?:--?|–))?/g;
// No Unicode property classes (\p{L}) in this file either: they are slow to compile too.
/** Rating text: "4.6/5", "4,4 out of 5", a row of stars. */
const RATING_TEXT = /^(?:\d(?:[.,]\d)?\s*\/\s*(?:5|10)|\d(?:[.,]\d)?\s+[^\s\d]+(?:\s[^\s\d]+)?\s+(?:5|10)(?:\s+[^\s\d]+)?|[★☆]{4,6})$/;
/** What is not a letter in the text around a price: digits, spaces, punctuation, currency signs. */
const NOT_LETTER = /[\s\d.,:;!?'"()[\]{}/\\\-–—*+%&#@|<>=~^_`（）【】「」・$€£¥₹₩₽₺₪₫฿₴₦₱₲₡₵₸]+/g;
/** Text left over beside a price, in letters: "from", "ab", "（税込）", "Tickets", not a sentence. */
const MAX_LEFTOVER_LETTERS = 16;

// Buttons that put something in a cart, book tickets or buy at once. Attribute names and classes
// come from shop software (add-to-cart, addToBasket, btn-buy, buy-now); the visible words are
// what shops in each language call the cart, and the usual "buy now" and "tickets" labels.
const BUY_CODE = /add[-_\s.]?to[-_\s.]?(?:cart|bag|basket|trolley)|addto(?:cart|bag|basket)|add[-_]?(?:basket|cart)|buy[-_]?(?:now|button|btn|box|widget)|btn[-_]?(?:buy|cart)|one[-_]?click|checkout|line-item\/add|cart\/add/i;
const CART_WORDS =
  /\b(?:cart|basket|trolley|bag)\b|warenkorb|einkaufswagen|panier|carrito|cesta|carrello|winkelwagen|mandje|koszyk|kundvagn|varukorg|handlekurv|indkøbskurv|ostoskori|košík|kosár|coșul|sepet|καλάθι|корзин|кошик|カート|買い物かご|购物车|購物車|장바구니|سلة|עגלה|ตะกร้า|keranjang|giỏ hàng/i;
const BUY_WORDS =
  /\bbuy now\b|jetzt kaufen|sofort kaufen|acheter maintenant|comprar ahora|compra ora|nu kopen|kup teraz|köp nu|今すぐ購入|立即购买|立即購買|바로 ?구매|\b(?:tickets?|billets?|entradas|biglietti|eintrittskarten|tickets kaufen)\b|チケット|门票|티켓/i;
const CART_ACTION = /cart|basket|checkout|warenkorb|panier|carrito|carrello|bag\/add|line-?item/i;
const QUANTITY = /qty|quantit|menge|anzahl|cantidad|quantidade|aantal|ilosc|antal|数量|product_num|item_num/i;

const attr = (el: Element, name: string): string => el.getAttribute(name) ?? '';

/** A currency sign or code somewhere in the text: the cheap test before the full one. */
const CURRENCY_HINT = /[$€£¥₹₩₽₺₪₫฿₴₦₱₲₡₵₸円元]|zł|Kč|Ft|kr|[A-Z]{3}|руб/;

/** The whole text is a price, give or take a word: "$1,299.99", "ab 19,90 €", "¥3,520（税込）". */
export function isPriceOnly(text: string): boolean {
  if (text.length > 40 || !CURRENCY_HINT.test(text) || !CURRENCY_BY_AMOUNT.test(text)) return false;
  const rest = text.replace(AMOUNTS, ' ').replace(CURRENCIES, ' ').replace(NOT_LETTER, '');
  return rest.length <= MAX_LEFTOVER_LETTERS;
}

function isBuyControl(el: Element, tag: string): boolean {
  if (tag === 'FORM') return CART_ACTION.test(attr(el, 'action')) || BUY_CODE.test(`${attr(el, 'class')} ${el.id}`);
  const code = `${attr(el, 'class')} ${el.id} ${attr(el, 'name')} ${attr(el, 'data-action')} ${attr(el, 'title')}`;
  if (BUY_CODE.test(code)) return true;
  if (tag === 'A') return false; // header links to the cart are on every shop page, and on some others
  const label = tag === 'INPUT' ? attr(el, 'value') : (el.textContent ?? '');
  return label.length < 60 && (CART_WORDS.test(label) || BUY_WORDS.test(label));
}

function isQuantityField(el: Element, tag: string): boolean {
  if (tag === 'INPUT') {
    const type = attr(el, 'type').toLowerCase();
    if (type !== '' && type !== 'number' && type !== 'text' && type !== 'tel') return false;
  }
  return QUANTITY.test(`${attr(el, 'name')} ${el.id} ${attr(el, 'class')}`);
}

/**
 * The text of a small element, or null when it holds more than a few leaf children: a price sits
 * in a small element, possibly split over spans ("$", "67", ".99"), never in a section.
 */
function smallText(el: Element): string | null {
  const nodes = el.childNodes;
  if (nodes.length > 6) return null;
  let text = '';
  for (let i = 0; i < nodes.length; i++) {
    const n = nodes[i];
    if (n.nodeType === 3) text += (n as Text).data;
    else if (n.nodeType === 1) {
      if ((n as Element).childElementCount > 2) return null;
      text += n.textContent ?? '';
    }
    if (text.length > 60) return null;
  }
  return text.trim();
}

const MAX_TEXT_NODES = 4000;

/**
 * Looks for shop furniture: controls and marked-up prices through the browser's own indexes,
 * printed prices by one walk over the page's text (in document order, to tell a buy box above
 * the text from an affiliate box inside it; `longParagraphs` are the page's prose paragraphs).
 */
export function commerceEvidence(doc: Document, longParagraphs: ReadonlySet<Element>): CommerceEvidence {
  const found = new Set<CommerceKind>();
  const root = doc.body ?? doc.documentElement;
  if (!root) return { kinds: [], beforeProse: false, prices: 0 };
  const tags = (name: string) => root.getElementsByTagName(name);

  const buyControls = new Set<Element>();
  for (const tag of ['button', 'form']) {
    const list = tags(tag);
    for (let i = 0; i < list.length; i++) if (isBuyControl(list[i], tag.toUpperCase())) buyControls.add(list[i]);
  }
  const inputs = tags('input');
  for (let i = 0; i < inputs.length; i++) {
    const el = inputs[i];
    if (/^(?:submit|button|image)$/i.test(attr(el, 'type'))) {
      if (isBuyControl(el, 'INPUT')) buyControls.add(el);
    } else if (isQuantityField(el, 'INPUT')) found.add('quantity');
  }
  const selects = tags('select');
  for (let i = 0; i < selects.length; i++) if (isQuantityField(selects[i], 'SELECT')) found.add('quantity');
  // Links styled as buttons by shop software (WooCommerce's add_to_cart_button, "buy-button"),
  // and marked-up prices and ratings: one pass of the selector engine narrows thousands of
  // elements down to a few candidates.
  const candidates = root.querySelectorAll(
    'a[class*="cart" i],a[class*="buy" i],a[class*="basket" i],a[class*="checkout" i],[itemprop="price"],[itemprop="lowPrice"],[itemprop="aggregateRating"],[itemprop="ratingValue"]',
  );
  for (let i = 0; i < candidates.length; i++) {
    const el = candidates[i];
    const itemprop = attr(el, 'itemprop');
    if (itemprop) found.add(/price/i.test(itemprop) ? 'price' : 'rating');
    else if (isBuyControl(el, 'A')) buyControls.add(el);
  }
  if (buyControls.size) found.add('buy');

  // Without a way to buy there is no shop to recognise (see detect.ts): spare articles the walk.
  if (!found.has('buy') && !found.has('quantity')) return { kinds: [...found], beforeProse: false, prices: 0 };

  // Printed prices and ratings, and where the first price or buy control stands against the prose.
  let prices = 0;
  let firstCommerce = Infinity;
  let firstProse = Infinity;
  const seen = new Set<Node>();
  const walker = doc.createTreeWalker(root, 0x4); // SHOW_TEXT
  let index = 0;
  for (let node = walker.nextNode(); node && index < MAX_TEXT_NODES; node = walker.nextNode(), index++) {
    const parent = node.parentNode as Element | null;
    if (!parent) continue;
    if (firstProse === Infinity && longParagraphs.has(parent)) firstProse = index;
    if (firstCommerce === Infinity && (buyControls.has(parent) || (parent.parentNode && buyControls.has(parent.parentNode as Element)))) firstCommerce = index;
    const text = (node as Text).data;
    if (text.length > 60 || !/[\d★]/.test(text) || seen.has(parent)) continue;
    seen.add(parent);
    if (/^(?:SCRIPT|STYLE|TEXTAREA|OPTION)$/i.test(parent.tagName)) continue;
    // A price split over spans ("$", "67", ".99"): the leaf holds a piece, its parent the price.
    let whole = smallText(parent);
    const up = parent.parentElement;
    if (whole !== null && !isPriceOnly(whole) && up && whole.length < 12 && !seen.has(up)) {
      seen.add(up);
      const around = smallText(up);
      if (around !== null && isPriceOnly(around)) whole = around;
    }
    if (whole === null) continue;
    if (isPriceOnly(whole)) {
      prices++;
      found.add('price');
      if (index < firstCommerce) firstCommerce = index;
    } else if (whole.length <= 24 && RATING_TEXT.test(whole)) {
      found.add('rating');
    }
  }
  return { kinds: [...found], beforeProse: firstCommerce < firstProse, prices };
}
