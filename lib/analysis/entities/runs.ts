// Capitalised runs: the stretches of a sentence that could be a name. A run joins capitalised
// words separated by single spaces, name particles between them ("Deir ez Zor"), and "of"/"for"
// inside organisation names ("Department of State", "Office for National Statistics").
import type { Token } from '../tokens';
import { CALENDAR, COMMON_WORDS, NAME_PARTICLES } from '../lexicon/words';
import { COMPANY_SUFFIXES, ORG_HEADS, ORG_NAMES, ORG_OF_HEADS } from '../lexicon/organizations';
import { PLACE_NAMES } from '../lexicon/places';

export interface Run {
  /** Token index range [first, last] inclusive. */
  first: number;
  last: number;
  sentence: number;
  /** A title stood before the run ("Senator" in "Senator Mark Warner"). */
  titled?: boolean;
}

const CONNECTORS = new Set(['of', 'for', 'on']);
/** "Strait of Hormuz", "Gulf of Mexico", "Isle of Man": place words that take "of" inside a name. */
const PLACE_OF_HEADS = new Set(['strait', 'straits', 'gulf', 'bay', 'isle', 'sea', 'cape', 'lake', 'republic', 'kingdom', 'province', 'mount', 'port', 'duchy', 'principality', 'emirate']);

/** Runs inside tokens [from, to) of one sentence. */
export function findRuns(text: string, tokens: readonly Token[], from: number, to: number, sentence: number, out: Run[]): void {
  let i = from;
  while (i < to) {
    if (!startsName(tokens[i])) {
      i++;
      continue;
    }
    let j = i;
    let sawConnector = false;
    while (j + 1 < to) {
      const cur = tokens[j];
      const next = tokens[j + 1];
      // "Business Insider Inc Nintendo": a company suffix ends the name.
      if (j > i && COMPANY_SUFFIXES.has(cur.text.toLowerCase())) break;
      if (cur.possessive) {
        // "Commissioner's Office" is one name; "Pentagon's ISIS man" and "New York's Times Square"
        // are two.
        const gap = text.slice(cur.end, next.start);
        if (/^['’]s $/.test(gap) && next.capitalized && ORG_HEADS.has(next.text.toLowerCase()) && !standsAloneBefore(tokens, i, j)) {
          j++;
          continue;
        }
        break;
      }
      // "Procter & Gamble", "Marks & Spencer": an ampersand between capitals stays inside a name.
      if (/^ & $/.test(text.slice(cur.end, next.start)) && startsName(next)) {
        j++;
        continue;
      }
      if (!plainGap(text, cur, next)) break;
      if (startsName(next) || surnameMonth(tokens, j, to)) {
        j++;
        continue;
      }
      const lower = next.text.toLowerCase();
      // "BP plc": a lower-case company suffix closes the name.
      if (COMPANY_SUFFIXES.has(lower) && /^[a-z.]+$/.test(next.text)) {
        j++;
        break;
      }
      const after = tokens[j + 2];
      // "Ursula von der Leyen", "Deir ez Zor": up to two lower-case particles inside a name.
      if (NAME_PARTICLES.has(next.text)) {
        const k = NAME_PARTICLES.has(after?.text ?? '') ? j + 3 : j + 2;
        if (k < to && startsName(tokens[k]) && plainGap(text, tokens[k - 1], tokens[k]) && (k === j + 2 || plainGap(text, next, after))) {
          j = k;
          continue;
        }
      }
      if (j + 2 < to && after && startsName(after) && plainGap(text, next, after)) {
        if (CONNECTORS.has(lower) && (hasOrgHead(tokens, i, j) || (lower === 'of' && PLACE_OF_HEADS.has(cur.text.toLowerCase())))) {
          j += 2;
          sawConnector = true;
          continue;
        }
        // "Department of Health and Human Services" is one name; "Department of Energy and
        // Microsoft Corp." is two: split when the words after "and" are a name of their own.
        if ((lower === 'and' || lower === '&') && sawConnector && !standsAlone(text, tokens, j + 2, to)) {
          j += 2;
          continue;
        }
      }
      if (lower === 'of' && j + 3 < to && tokens[j + 2].text === 'the' && startsName(tokens[j + 3]) && hasOrgHead(tokens, i, j)) {
        j += 3;
        sawConnector = true;
        continue;
      }
      break;
    }
    out.push({ first: i, last: j, sentence });
    i = j + 1;
  }
}

/** Whether the capitalised stretch from token `k` is a name by itself (a company, a known name). */
function standsAlone(text: string, tokens: readonly Token[], k: number, to: number): boolean {
  let end = k;
  while (end + 1 < to && plainGap(text, tokens[end], tokens[end + 1]) && (startsName(tokens[end + 1]) || COMPANY_SUFFIXES.has(tokens[end + 1].text.toLowerCase()))) end++;
  const first = tokens[k].text.toLowerCase();
  const last = tokens[end].text.toLowerCase();
  if (COMPANY_SUFFIXES.has(last) || ORG_NAMES.has(first) || PLACE_NAMES.has(first)) return true;
  return ORG_OF_HEADS.has(first) && tokens[k + 1]?.text === 'of';
}

/** Whether tokens [from, to] already make a name (a head word, a known place or organisation). */
function standsAloneBefore(tokens: readonly Token[], from: number, to: number): boolean {
  const parts: string[] = [];
  for (let k = from; k <= to; k++) parts.push(tokens[k].text.toLowerCase());
  const key = parts.join(' ');
  return PLACE_NAMES.has(key) || ORG_NAMES.has(key) || parts.some((w) => ORG_HEADS.has(w));
}

/** Months that are also surnames ("Theresa May", "Brian May"), not "in May" or "May 5". */
const NAME_MONTHS = new Set(['may', 'june', 'april', 'august']);

/** Whether token j+1 is a month used as a surname after the capitalised name at j. */
function surnameMonth(tokens: readonly Token[], j: number, to: number): boolean {
  const next = tokens[j + 1];
  const cur = tokens[j];
  if (!next.capitalized || !NAME_MONTHS.has(next.text.toLowerCase())) return false;
  if (!cur.capitalized || cur.possessive || /^\p{Lu}+$/u.test(cur.text) || COMMON_WORDS.has(cur.text.toLowerCase()) || CALENDAR.has(cur.text.toLowerCase())) return false;
  const after = tokens[j + 2];
  return !(j + 2 < to && after && /^\p{N}/u.test(after.text));
}

function startsName(tok: Token): boolean {
  return tok.capitalized && !/^\p{N}/u.test(tok.text) && !CALENDAR.has(tok.text.toLowerCase().replace(/\.$/, ''));
}

function plainGap(text: string, a: Token, b: Token): boolean {
  return b.start - a.end === 1 && text[a.end] === ' ';
}

function hasOrgHead(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k <= to; k++) {
    const lower = tokens[k].text.toLowerCase();
    if (ORG_OF_HEADS.has(lower) || ORG_HEADS.has(lower)) return true;
  }
  return false;
}
