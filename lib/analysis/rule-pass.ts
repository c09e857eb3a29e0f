// The rule-based pass over a text: blocks, sentences, words with compromise's tags, and the
// entities the rules find. The analysis runs it first; the NER model reads its results as
// features, and its trainer runs the very same pass over the training text.
import type { TextBlock } from '../page/types';
import type { Entity } from './types';
import { resolveBlocks } from './blocks';
import { splitSentences, type Sentence } from './sentences';
import { tokenize } from './tokens';
import { tagTokens } from './entities/tagger';
import { findEntities, tokensBySentence, type TokenizedSentences } from './entities';

export interface RulePass {
  blocks: TextBlock[];
  sentences: Sentence[];
  split: TokenizedSentences;
  tags: ReadonlySet<string>[];
  entities: Entity[];
}

export function rulePass(text: string, givenBlocks?: readonly TextBlock[]): RulePass {
  const blocks = resolveBlocks(text, givenBlocks);
  const sentences = splitSentences(text, blocks);
  const split = tokensBySentence(tokenize(text), sentences);
  const tags = tagTokens(text, split.tokens);
  const entities = findEntities(text, sentences, blocks, split, tags);
  return { blocks, sentences, split, tags, entities };
}
