// Words with their offsets, shaped for the entity rules: possessives split off, hyphenated
// compounds split unless they are one name ("al-Shimali", "Knight-Jadczyk"), dotted acronyms and
// abbreviations keep their periods ("U.S.", "Dept.").
import { ABBREVIATIONS, COMMON_WORDS, HYPHEN_PARTICLES } from './lexicon/words';
import { isDictionaryWord } from './entities/tagger';

export interface Token {
  start: number;
  end: number;
  /** The word as written, without a possessive ending. */
  text: string;
  /** Followed by 's or a bare apostrophe ("Russia's", "US'"). */
  possessive: boolean;
  /** One piece of a split hyphenated compound ("US" in "US-led"). */
  hyphenPiece: boolean;
  /** Starts with a capital letter (or is a particle-prefixed name like "al-Shimali"). */
  capitalized: boolean;
}

const WORD = /[\p{L}\p{N}](?:[\p{L}\p{N}\p{M}]|['’](?=\p{L})|[-‐](?=[\p{L}\p{N}])|\.(?=\p{L}\.)|\.(?=\p{Ll}{2,4}\b)|&(?=\p{Lu}))*/gu;

export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const out: Token[] = [];
  const re = new RegExp(WORD.source, 'gu');
  re.lastIndex = from;
  for (let m = re.exec(text); m && m.index < to; m = re.exec(text)) {
    let word = m[0];
    let end = m.index + word.length;
    // "OPEC+", "G7+": a plus sign after an acronym is part of the name.
    if (text[end] === '+' && /^\p{Lu}[\p{Lu}\p{N}]+$/u.test(word) && !/[\p{L}\p{N}]/u.test(text[end + 1] ?? '')) {
      word += '+';
      end++;
    }
    // Keep the period of "U.S." / "e.g." / "Dept." / an initial "W.".
    if (text[end] === '.' && keepsPeriod(word)) {
      word += '.';
      end++;
    }
    let possessive = false;
    const poss = /['’]s$/i.exec(word);
    if (poss && word.length > 3 && !/['’]s['’]/.test(word)) {
      word = word.slice(0, -2);
      possessive = true;
    } else if (/^['’](?:s\b|(?![\p{L}]))/u.test(text.slice(end, end + 2)) && /[sS.]$/.test(word)) {
      possessive = true; // "US'" and "Dept.'s"
      if (/^['’]s/i.test(text.slice(end, end + 2))) re.lastIndex = end + 2;
    } else {
      re.lastIndex = end;
    }
    const glued = gluedAt(word);
    if (glued > 0) {
      // "Getty ImagesThe minister said": a caption credit run into the next sentence.
      pushPieces(out, word.slice(0, glued), m.index, false);
      pushPieces(out, word.slice(glued), m.index + glued, possessive);
    } else pushPieces(out, word, m.index, possessive);
  }
  return out;
}

/** Where a word glued to the next sentence's opener splits ("ReutersThe" → 6), or 0. */
function gluedAt(word: string): number {
  const m = /^(\p{Lu}?\p{Ll}{2,})(\p{Lu}\p{Ll}*)$/u.exec(word);
  return m && COMMON_WORDS.has(m[2].toLowerCase()) && m[2].length > 2 ? m[1].length : 0;
}

function keepsPeriod(word: string): boolean {
  if (/^(\p{L}\.)+\p{L}$/u.test(word)) return true; // U.S, e.g
  if (/^\p{Lu}$/u.test(word)) return true; // initial
  return ABBREVIATIONS.has(word.toLowerCase()) && /^\p{L}+$/u.test(word);
}

function pushPieces(out: Token[], word: string, start: number, possessive: boolean): void {
  const parts = word.split(/[-‐]/);
  const oneName = parts.length === 1 || parts.every((p, i) => isCap(p) || (i < parts.length - 1 && HYPHEN_PARTICLES.has(p.toLowerCase()))) || isSyllableName(parts);
  if (oneName) {
    out.push({ start, end: start + word.length, text: word, possessive, hyphenPiece: false, capitalized: isCap(word) || isParticleName(parts) });
    return;
  }
  let offset = start;
  parts.forEach((part, i) => {
    if (part) {
      out.push({
        start: offset,
        end: offset + part.length,
        text: part,
        possessive: possessive && i === parts.length - 1,
        hyphenPiece: true,
        capitalized: isCap(part),
      });
    }
    offset += part.length + 1;
  });
}

/** Hyphenated suffixes that are English words, not name syllables ("Mao-era", "Kyiv-style"). */
const NOT_SYLLABLES = new Set(['era', 'style', 'type', 'like', 'free', 'wide', 'area', 'bloc']);

/** "Jae-yong", "Jong-un": a Korean or Chinese given name, not "US-led" or "Paris-based". */
function isSyllableName(parts: string[]): boolean {
  if (parts.length > 3 || !/^\p{Lu}\p{Ll}{1,3}$/u.test(parts[0])) return false;
  return parts.slice(1).every((p) => /^\p{Ll}{1,4}$/u.test(p) && !NOT_SYLLABLES.has(p) && !isDictionaryWord(p));
}

function isCap(word: string): boolean {
  return /^\p{Lu}/u.test(word);
}

/** "al-Shimali", "ez-Zor": a lower-case particle and a capitalised name. */
function isParticleName(parts: string[]): boolean {
  return parts.length > 1 && isCap(parts[parts.length - 1]);
}
