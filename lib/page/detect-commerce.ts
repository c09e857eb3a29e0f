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

const CURRENCY =
  '(?:US\\$|C\\$|A\\$|NZ\\$|HK\\$|S\\$|R\\$|Mex\\$|[$€£¥₹₩₽₺₪₫฿₴₦₱₲₡₵₸]|zł|Kč|Ft|kr|CHF|EUR|USD|GBP|JPY|CNY|RMB|INR|SEK|NOK|DKK|PLN|CZK|HUF|RON|BRL|MXN|AUD|CAD|NZD|ZAR|TRY|RUB|KRW|SGD|HKD|ILS|AED|SAR|円|元|руб\\.?|₹)';
const AMOUNT = "\\d{1,3}(?:[.,\\s\\u00a0\\u202f']\\d{3})*(?:[.,](?:\\d{1,2}|-{1,2}|–))?|\\d+(?:[.,]\\d{1,2})?";
/** A price: an amount with a currency on either side. */
const PRICE = new RegExp(`(?:${CURRENCY}\\s?(?:${AMOUNT})|(?:${AMOUNT})\\s?${CURRENCY})`, 'gu');
/** Rating text: "4.6/5", "4,4 out of 5", a row of stars. */
const RATING_TEXT = /^(?:\d(?:[.,]\d)?\s*\/\s*(?:5|10)|\d(?:[.,]\d)?\s+\p{L}+(?:\s\p{L}+)?\s+(?:5|10)(?:\s+\p{L}+)?|[★☆]{4,6})$/u;
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

const MAX_NODES = 20_000;

const attr = (el: Element, name: string): string => el.getAttribute(name) ?? '';

function isPriceOnly(text: string): boolean {
  if (text.length > 40 || !/\d/.test(text)) return false;
  PRICE.lastIndex = 0;
  if (!PRICE.test(text)) return false;
  const rest = text.replace(PRICE, ' ').replace(/[^\p{L}]+/gu, '');
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
 * Walks the page once, in document order, for shop furniture. `longParagraphs` are the page's
 * prose paragraphs (to tell a buy box above the text from an affiliate box inside it).
 */
export function commerceEvidence(doc: Document, longParagraphs: ReadonlySet<Element>): CommerceEvidence {
  const found = new Set<CommerceKind>();
  let prices = 0;
  let firstCommerce = Infinity;
  let firstProse = Infinity;
  const root = doc.body ?? doc.documentElement;
  if (!root) return { kinds: [], beforeProse: false, prices: 0 };
  const seenPriceParents = new Set<Node>();
  // SHOW_ELEMENT | SHOW_TEXT
  const walker = doc.createTreeWalker(root, 0x1 | 0x4);
  let index = 0;
  for (let node = walker.nextNode(); node && index < MAX_NODES; node = walker.nextNode(), index++) {
    if (node.nodeType === 1) {
      const el = node as Element;
      const tag = el.tagName.toUpperCase();
      if (firstProse === Infinity && longParagraphs.has(el)) firstProse = index;
      const itemprop = attr(el, 'itemprop');
      if (itemprop === 'price' || itemprop === 'lowPrice') {
        found.add('price');
        firstCommerce = Math.min(firstCommerce, index);
      } else if (itemprop === 'aggregateRating' || itemprop === 'ratingValue') found.add('rating');
      if (tag === 'BUTTON' || tag === 'FORM' || tag === 'A' || (tag === 'INPUT' && /^(?:submit|button|image)$/i.test(attr(el, 'type')))) {
        if (isBuyControl(el, tag)) {
          found.add('buy');
          firstCommerce = Math.min(firstCommerce, index);
        }
      } else if ((tag === 'INPUT' || tag === 'SELECT') && isQuantityField(el, tag)) {
        found.add('quantity');
      }
      continue;
    }
    const text = (node as Text).data;
    if (text.length > 60 || !/[\d★]/.test(text)) continue;
    const parent = node.parentNode as Element | null;
    // A price is often split over spans ("$", "67", ".99"): judge the small element around it,
    // never a container (its text would be the whole section).
    if (!parent || parent.childNodes.length > 6 || seenPriceParents.has(parent)) continue;
    if (/^(?:SCRIPT|STYLE|TEXTAREA|OPTION)$/i.test(parent.tagName)) continue;
    const whole = (parent.textContent ?? '').trim();
    if (isPriceOnly(whole)) {
      seenPriceParents.add(parent);
      prices++;
      found.add('price');
      firstCommerce = Math.min(firstCommerce, index);
    } else if (whole.length <= 24 && RATING_TEXT.test(whole)) {
      found.add('rating');
    }
  }
  return { kinds: [...found], beforeProse: firstCommerce < firstProse, prices };
}
