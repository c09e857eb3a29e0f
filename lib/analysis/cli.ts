// The command line's compact view of an Analysis.
import type { Analysis, EntityType } from './types';

export interface CliAnalysis {
  entities: { text: string; type: EntityType; start: number; end: number; mentions: number }[];
  claims: { text: string; start: number; end: number; score: number; reasons: string[] }[];
}

/** Entities by their fullest name, placed at their first mention; claims with reason labels. */
export function analysisForCli(analysis: Analysis): CliAnalysis {
  return {
    entities: analysis.entities.map((e) => ({
      text: e.name,
      type: e.type,
      start: e.mentions[0].start,
      end: e.mentions[0].end,
      mentions: e.mentions.length,
    })),
    claims: analysis.claims.map((c) => ({ text: c.text, start: c.start, end: c.end, score: c.score, reasons: c.reasons.map((r) => r.label) })),
  };
}
