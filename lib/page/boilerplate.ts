// What on a page is site chrome rather than article text, judged from markup alone
// (tag, attributes, inline style): no layout reads, so it is cheap in a content script.
import { isEditingHost } from './editable';

/** Subtrees that never hold article text, whatever else is true of them. */
export const HARD_TAGS = new Set(
  ('head title button script style noscript template svg iframe select input textarea object ' +
    'embed canvas video audio math link meta').split(' '),
);
// Chrome by default, but markup is only evidence: some CMSs wrap the whole page in a <form>.
const SOFT_TAGS = new Set('nav aside footer header form dialog'.split(' '));

const ROLES = /^(navigation|banner|contentinfo|complementary|search|menu|menubar|toolbar|dialog|alertdialog|tablist|tooltip)$/;

// Chrome unless one whole class says content (see POSITIVE_CLASS).
const STRONG =
  /(^|[\s_-])(comment\w*|disqus|respond|replies|share|shares|sharing|share-?bar|sharer|sharedaddy|sharethis|shareaholic|addthis|social\w*|related\w*|promo\w*|newsletter\w*|signup|sign-up|subscri\w*|sponsor\w*|cookie\w*|consent|gdpr|popular|most-(read|viewed|popular)|trending|recommend\w*|outbrain|taboola|ads?|advert\w*|adsbygoogle|dfp|gpt-ad|paywall|breadcrumbs?|byline|bylines|dateline|author|authors|author-bio|skip-link|jump-link|read-more|more-(stories|articles|from|news)|see-also|follow-us|print-only|(entry|post|article|story)-(meta|footer|tags|share|info))([\s_-]|$)/;
// Chrome unless a content word appears anywhere in the name ("content-with-nav" is a layout
// wrapper, "main-nav" is not); the paragraph-text check in layout.ts is the backstop.
const WEAK =
  /(^|[\s_-])(nav|navbar|navigation|menu|sidebar|side-bar|widgets?|footer|header|masthead|banner|meta|toolbar|tags|tag-list|topics|pagination|pager|tooltip|login|search|subnav|secondary|visually-hidden|sr-only|screen-reader-text|offscreen)([\s_-]|$)/;
const POSITIVE = /(^|[\s_-])(article|body|content|entry|post|story|text|prose)([\s_-]|$)/;
// WordPress and friends put taxonomy on the article itself ("tag-social", "category-comments").
const TAXONOMY = /(^|\s)(tag|category|post|type|format|status|topic|section|has|with|hentry)[-_]\S*/g;

/** class and id, lower-cased, camelCase split ("shareBar" → "share-bar"), taxonomy removed. */
export function nameOf(el: Element): string {
  // Long ids are slugs of headings ("evolve-shared-history"), not names of page parts.
  const id = el.getAttribute('id') || '';
  const raw = `${el.getAttribute('class') || ''} ${id.split(/[-_]/).length < 4 ? id : ''}`;
  if (raw.length < 2) return '';
  return raw.replace(/([a-z])([A-Z])/g, '$1-$2').toLowerCase().replace(TAXONOMY, ' ');
}

// A whole class that says "content" outweighs a chrome word elsewhere in the list
// (<article class="entry author-jane">), but "related-posts" is still chrome.
const POSITIVE_CLASS = /(^|\s)(article|content|entry|h-entry|post|story|main|body|text|prose)(\s|$)/;

export const isNegativeName = (name: string) =>
  STRONG.test(name) ? !POSITIVE_CLASS.test(name) : WEAK.test(name) && !POSITIVE.test(name);
export const isPositiveName = (name: string) => POSITIVE.test(name);

/** Not rendered, judged by attribute or inline style (computed style would force layout work),
 * or editable: what someone is writing in the page is never read as its article. */
export function isHardChrome(el: Element, tag: string): boolean {
  if (HARD_TAGS.has(tag) || el.hasAttribute('hidden') || isEditingHost(el)) return true;
  const style = el.getAttribute('style');
  return !!style && /(display\s*:\s*none|visibility\s*:\s*hidden)/i.test(style);
}

/** Looks like chrome by tag, role, label, aria-hidden or class/id. Only evidence: a wrapper
 * named "layout-with-sidebar" or marked aria-hidden may still hold the whole article. */
export function isSoftChrome(el: Element, tag: string, name = nameOf(el)): boolean {
  if (SOFT_TAGS.has(tag) || el.getAttribute('aria-hidden') === 'true') return true;
  const role = el.getAttribute('role');
  if (role && ROLES.test(role)) return true;
  const label = el.getAttribute('aria-label');
  if (label && isNegativeName(label.toLowerCase().replace(/\s+/g, '-'))) return true;
  return !!name && isNegativeName(name);
}

/** Short lines that are interface text, not article text. */
export const CHROME_LINE =
  /^(©|(advertisement|sponsored( content)?|share( this( article| story)?)?|follow us|subscribe|sign up|read more|continue reading|related( articles| stories| posts)?|recommended|you may also like|copyright|all rights reserved)\b)/i;
