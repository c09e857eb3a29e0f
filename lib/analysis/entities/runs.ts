// Capitalised runs: the stretches of a sentence that could be a name. A run joins capitalised
// words separated by single spaces, name particles between them ("Deir ez Zor"), and "of"/"for"
// inside organisation names ("Department of State", "Office for National Statistics").
import type { Token } from '../tokens';
import { CALENDAR, NAME_PARTICLES } from '../lexicon/words';
import { ORG_HEADS, ORG_OF_HEADS } from '../lexicon/organizations';

export interface Run {
  /** Token index range [first, last] inclusive. */
  first: number;
  last: number;
  sentence: number;
}

const CONNECTORS = new Set(['of', 'for', 'on']);

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
      if (cur.possessive) {
        // "Commissioner's Office" is one name; "Pentagon's ISIS man" is two.
        const gap = text.slice(cur.end, next.start);
        if (/^['’]s $/.test(gap) && next.capitalized && ORG_HEADS.has(next.text.toLowerCase())) {
          j++;
          continue;
        }
        break;
      }
      if (!plainGap(text, cur, next)) break;
      if (startsName(next)) {
        j++;
        continue;
      }
      const lower = next.text.toLowerCase();
      const after = tokens[j + 2];
      if (j + 2 < to && after && startsName(after) && plainGap(text, next, after)) {
        if (NAME_PARTICLES.has(next.text)) {
          j += 2;
          continue;
        }
        if (CONNECTORS.has(lower) && hasOrgHead(tokens, i, j)) {
          j += 2;
          sawConnector = true;
          continue;
        }
        if ((lower === 'and' || lower === '&') && sawConnector) {
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
