// What a page says it is, in schema.org JSON-LD: the types of its main nodes (top level,
// @graph, mainEntity), not of nodes nested inside them. A review's `itemReviewed` Product or a
// product's `review` list does not make the page a product or a review.
import { parseJsonLd, typesOf } from './json-ld';

export interface DeclaredType {
  /** A main node sells something: Product, Offer, or an Event with offers (tickets). */
  offer?: string;
  /** A main node is a Review (of a product, a book, a show): a piece of writing. */
  review: boolean;
  /** A main node is a collection of other pages: CollectionPage, ItemList, Blog, SearchResultsPage. */
  collection?: string;
}

const PRODUCT = /^(?:Product|ProductGroup|ProductModel|IndividualProduct|SomeProducts|Offer|AggregateOffer|Car|Vehicle)$/;
const EVENT = /Event$|^Festival$/;
const REVIEW = /^(?:\w*Review)$/;
const COLLECTION = /^(?:CollectionPage|ItemList|Blog|SearchResultsPage)$/;
/** Parse only pages whose JSON-LD names one of the types above. */
const WORTH_PARSING = /Product|Offer|Event|Festival|Review|CollectionPage|ItemList|"Blog"|SearchResultsPage|Vehicle|"Car"/;

export function declaredType(ldTexts: readonly string[], joined: string): DeclaredType {
  const out: DeclaredType = { review: false };
  if (!WORTH_PARSING.test(joined)) return out;
  for (const node of parseJsonLd(ldTexts)) {
    for (const t of typesOf(node)) {
      if (PRODUCT.test(t)) out.offer ??= t;
      else if (EVENT.test(t) && node.offers) out.offer ??= t;
      else if (REVIEW.test(t)) out.review = true;
      else if (COLLECTION.test(t)) out.collection ??= t;
    }
  }
  return out;
}
