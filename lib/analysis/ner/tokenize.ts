// Tokens for the NER model, cut the way its training corpora are (Penn Treebank style): every
// punctuation mark is a token, clitics are split off ("Obama" "'s", "do" "n't"), abbreviations
// keep their period ("U.S.", "Mr."), hyphenated words stay whole ("US-led"), and web tokens
// (URLs, @handles, #hashtags) stay whole. Offsets are UTF-16 indices into the text.
import { ABBREVIATIONS, TITLE_ABBREVIATIONS } from '../lexicon/words';

export interface NerToken {
  text: string;
  start: number;
  end: number;
}

const TOKEN = new RegExp(
  [
    String.raw`(?:https?:\/\/|www\.)[^\s<>"“”]+[^\s<>"“”.,;:!?)\]'’]`, // URL
    String.raw`[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+`, // e-mail
    String.raw`[@#][\p{L}\p{N}_]+`, // handle, hashtag
    String.raw`(?:\p{L}\.){2,}(?!\p{L})`, // U.S. / e.g.
    String.raw`\p{N}+(?:[.,:/]\p{N}+)*(?:\p{L}{1,3}\b)?`, // 3.5 / 1,000 / 10:30 / 5th
    String.raw`[\p{L}\p{M}\p{N}]+(?:(?:['’]|[-‐&](?!-))[\p{L}\p{M}\p{N}]+)*(?:\.(?!\.))?`, // words, O'Brien, US-led, AT&T, Mr.
    String.raw`\.{2,}|-{2,}|[^\s]`, // "...", "--", one mark
  ].join('|'),
  'gu',
);

const CLITIC = /^(.+?)(n['’]t|['’](?:s|re|ve|ll|d|m))$/iu;

/** Tokens of text[from, to). */
export function nerTokenize(text: string, from = 0, to = text.length): NerToken[] {
  const out: NerToken[] = [];
  const re = new RegExp(TOKEN.source, 'gu');
  const slice = text.slice(0, to);
  re.lastIndex = from;
  for (let m = re.exec(slice); m; m = re.exec(slice)) {
    let word = m[0];
    const start = m.index;
    // A trailing period belongs to the word only for abbreviations and initials ("Mr.", "W.").
    if (word.length > 1 && word.endsWith('.') && /[\p{L}\p{M}\p{N}]\.$/u.test(word) && !/^(?:\p{L}\.){2,}$/u.test(word)) {
      const bare = word.slice(0, -1);
      if (!keepsPeriod(bare)) {
        pushWord(out, bare, start);
        out.push({ text: '.', start: start + bare.length, end: start + word.length });
        continue;
      }
    }
    if (word === "'" || word === '’') {
      // "the Smiths' house": a bare possessive apostrophe is its own token, as in the corpora.
      out.push({ text: word, start, end: start + 1 });
      continue;
    }
    word = m[0];
    pushWord(out, word, start);
  }
  return out;
}

function pushWord(out: NerToken[], word: string, start: number): void {
  const c = CLITIC.exec(word);
  if (c && /[\p{L}\p{N}]/u.test(c[1])) {
    out.push({ text: c[1], start, end: start + c[1].length });
    out.push({ text: c[2], start: start + c[1].length, end: start + word.length });
    return;
  }
  out.push({ text: word, start, end: start + word.length });
}

function keepsPeriod(word: string): boolean {
  if (/^\p{Lu}$/u.test(word)) return true; // an initial
  const lower = word.toLowerCase();
  return (ABBREVIATIONS.has(lower) || TITLE_ABBREVIATIONS.has(lower)) && /^\p{L}+$/u.test(word);
}
