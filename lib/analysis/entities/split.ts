// Splits a capitalised run at a title between two names: "European Commission President Ursula
// von der Leyen" is an organisation and a person; "Secretary of State Antony Blinken" is a title
// and a person; "the Prime Minister" is a title and nothing else.
import type { Token } from '../tokens';
import type { Run } from './runs';
import { TITLES, TITLE_MODIFIERS } from '../lexicon/words';
import { ORG_HEADS, ORG_NAMES } from '../lexicon/organizations';
import { PLACE_HEADS, PLACE_NAMES } from '../lexicon/places';

/** Words after "Secretary of" / "Minister for" that belong to the title, not the name. */
const DEPARTMENT_WORDS = new Set(
  'state defence defense foreign affairs home interior health justice finance trade energy education national intelligence homeland security the economy environment transport'.split(' '),
);

/** Titles that stand for a person's office even with no name after them. */
const STRONG_TITLES = new Set(
  'president minister secretary chancellor governor senator mayor premier ambassador spokesman spokeswoman spokesperson chairman chairwoman commissioner'.split(' '),
);

export function splitRun(run: Run, tokens: readonly Token[]): Run[] {
  const lower = (i: number) => tokens[i].text.toLowerCase().replace(/\.$/, '');
  const key = (a: number, b: number) => {
    const parts: string[] = [];
    for (let i = a; i <= b; i++) parts.push(lower(i));
    return parts.join(' ');
  };
  const whole = key(run.first, run.last);
  if (ORG_NAMES.has(whole) || PLACE_NAMES.has(whole)) return [run];
  const hasHead = (a: number, b: number) => {
    for (let i = a; i <= b; i++) if (ORG_HEADS.has(lower(i)) || PLACE_HEADS.has(lower(i))) return true;
    return false;
  };
  const inTitle = (i: number) => TITLES.has(lower(i)) || TITLE_MODIFIERS.has(lower(i));
  for (let k = run.first; k <= run.last; k++) {
    if (!inTitle(k)) continue;
    // "Ministry of Justice", "Court of Justice": after of/for a title word belongs to the name.
    if (k > run.first && /^(?:of|for)$/.test(lower(k - 1))) continue;
    const ps = k;
    let pe = k;
    while (pe < run.last && !tokens[pe].possessive && inTitle(pe + 1)) pe++;
    let strong = false;
    let any = false;
    for (let i = ps; i <= pe; i++) {
      any ||= TITLES.has(lower(i)) && !TITLE_MODIFIERS.has(lower(i));
      strong ||= STRONG_TITLES.has(lower(i));
    }
    if (!any && !(pe > ps && TITLES.has(lower(pe)))) {
      k = pe;
      continue;
    }
    // "Prime Minister's Office" is an organisation's name, not a title.
    if (tokens[pe].possessive) return [run];
    if (pe + 2 <= run.last && /^(?:of|for)$/.test(lower(pe + 1))) {
      pe += 2;
      while (pe + 1 < run.last && DEPARTMENT_WORDS.has(lower(pe + 1))) pe++;
    }
    const left: Run[] = ps > run.first ? [{ first: run.first, last: ps - 1, sentence: run.sentence }] : [];
    // "European Commission President": an organisation, then a title with no name after it.
    if (pe >= run.last) return strong && left.length ? left : [run];
    // "Queen Elizabeth Hospital", "General Motors", "Prince Edward Island": a name with a head word.
    if (hasHead(pe + 1, run.last)) return [run];
    return [...left, { first: pe + 1, last: run.last, sentence: run.sentence, titled: true }];
  }
  return [run];
}
