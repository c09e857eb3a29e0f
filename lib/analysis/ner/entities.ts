// Entities from the NER model: the model tags each body sentence (reading what the rules found
// as one of its features), then the rules' own steps make entities of its spans: mentions of one
// name merged across the article with one type per name, acronyms joined to their expansion,
// surnames to the full name, and headings given only the names the body has.
import type { Entity, EntityType } from '../types';
import type { RulePass } from '../rule-pass';
import { addHeadingMentions, titleCaseRegions } from '../entities';
import { mergeMentions, type Mention } from '../entities/merge';
import { isAcronym } from '../entities/name-shape';
import { featureSentences, tagSentences } from './document';
import type { NerModel } from './model';
import { LABEL_TYPES } from './tags';
import { nerTokenize } from './tokenize';

/** A model mention's weight in the vote that gives a name one type across the article. */
const MODEL_VOTE = 2;

export function nerEntities(model: NerModel, text: string, rules: RulePass): Entity[] {
  const { sentences, blocks, split, tags } = rules;
  const body = sentences.filter((s) => blocks[s.block]?.kind !== 'heading');
  const tokens = body.map((s) => nerTokenize(text, s.start, s.end));
  const spans = tagSentences(model, featureSentences(tokens, { entities: rules.entities, tokens: split.tokens, tags }));
  // Title Case stretches (headlines inside paragraphs, quoted titles) only get names the body has.
  const titled = titleCaseRegions(text, sentences, split, blocks);
  const mentions: Mention[] = [];
  let q = 0;
  spans.forEach((found, k) => {
    for (const span of found) {
      const type: EntityType | undefined = LABEL_TYPES[span.label];
      if (!type) continue;
      const start = tokens[k][span.first].start;
      const end = tokens[k][span.last].end;
      while (q < titled.length && titled[q].end <= start) q++;
      if (q < titled.length && titled[q].start <= start) continue;
      const votes = { person: 0, organization: 0, place: 0 };
      votes[type] = MODEL_VOTE;
      const name = text.slice(start, end);
      mentions.push({ start, end, text: name, votes, acronym: span.first === span.last && isAcronym(name), heading: false });
    }
  });
  const entities = mergeMentions(mentions, text);
  addHeadingMentions(text, [...blocks.filter((b) => b.kind === 'heading'), ...titled], entities);
  return entities.sort((a, b) => a.mentions[0].start - b.mentions[0].start);
}
