// `backstory nlp`: a JSON array of plain texts in, one analysis per text out (spans only), so
// other tools can use the analysis without the extension.
import { analyzeText, type AnalyzeOptions } from '../lib/analysis';
import type { EntityType } from '../lib/analysis/types';

export interface NlpResult {
  sentences: { start: number; end: number }[];
  entities: { start: number; end: number; type: EntityType }[];
  claims: { start: number; end: number; score: number }[];
}

/** Parses `input` (a JSON array of strings) and returns the JSON array of results (with `models`, the analysis models decide names and claims). */
export function runNlp(input: string, options: { models?: Omit<AnalyzeOptions, 'links' | 'blocks'> } = {}): string {
  let parsed: unknown;
  try {
    parsed = JSON.parse(input);
  } catch (err) {
    throw new Error(`nlp: input is not JSON (${(err as Error).message}); expected an array of strings`, { cause: err });
  }
  if (!Array.isArray(parsed)) throw new Error('nlp: input must be a JSON array of strings');
  parsed.forEach((item, i) => {
    if (typeof item !== 'string') throw new Error(`nlp: element ${i} is ${item === null ? 'null' : typeof item}, not a string`);
  });
  const results: NlpResult[] = (parsed as string[]).map((text) => {
    const a = analyzeText(text, options.models);
    return {
      sentences: a.sentences.map(({ start, end }) => ({ start, end })),
      entities: a.entities
        .flatMap((e) => e.mentions.map((m) => ({ start: m.start, end: m.end, type: e.type })))
        .sort((x, y) => x.start - y.start),
      claims: a.claims.map(({ start, end, score }) => ({ start, end, score })),
    };
  });
  return JSON.stringify(results);
}
