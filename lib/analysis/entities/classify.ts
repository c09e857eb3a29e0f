// Turns a capitalised run into a typed candidate mention, or decides it names nothing.
// The steps live in their own modules: trim.ts cuts the run to its name, cues.ts gathers the
// evidence, score.ts weighs it; this module only decides which path a run takes. Lone acronyms
// are decided here because for them the lists are the only evidence and a shouted word ("HIGH")
// must be told from an acronym before any scoring.
import type { Candidate, ClassifyContext, Votes } from './candidate';
import type { Run } from './runs';
import { isDictionaryWord } from './tagger';
import { trimRun } from './trim';
import { contextCues, wordCues } from './cues';
import { acronymVotes, scoreContext, scoreWords } from './score';
import { isAcronym } from './name-shape';
import { COMMON_WORDS } from '../lexicon/words';
import { PLACE_ACRONYMS, PLACE_NAMES } from '../lexicon/places';
import { NON_ENTITY_ACRONYMS, ORG_ACRONYMS } from '../lexicon/organizations';

// Other modules import these from here; they are defined where they belong.
export type { Candidate, ClassifyContext, Votes } from './candidate';
export { isAcronym } from './name-shape';

export function classifyRun(run: Run, ctx: ClassifyContext): Candidate | null {
  const span = trimRun(run, ctx);
  if (!span) return null;
  const { first, last } = span;
  if (span.settled) return { first, last, sentence: run.sentence, votes: span.settled, acronym: false };

  const { tokens } = ctx;
  const single = first === last;
  const acronym = single && isAcronym(tokens[first].text);
  if (acronym) {
    const bare = tokens[first].text.replace(/[.+]/g, '');
    if (NON_ENTITY_ACRONYMS.has(bare)) return null;
    // "HIGH", "BREAKING": a shouted word, not an acronym.
    const word = bare.toLowerCase();
    if (!ORG_ACRONYMS.has(bare) && !PLACE_ACRONYMS.has(bare) && !PLACE_NAMES.has(word) && bare.length >= 4 && (isDictionaryWord(word) || COMMON_WORDS.has(word) || ctx.lowerSeen.has(word))) return null;
    return { first, last, sentence: run.sentence, votes: acronymVotes(bare), acronym };
  }

  // The run's own words vote first: a context rule reads those votes ("no list said organisation").
  const votes: Votes = { person: 0, organization: 0, place: 0 };
  const own = wordCues(span, ctx);
  scoreWords(span, own, ctx, votes);
  scoreContext(span, own, contextCues(span, own, run.sentence, ctx), ctx, votes);
  return { first, last, sentence: run.sentence, votes, acronym };
}
