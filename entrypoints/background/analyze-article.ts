// Runs the text analysis for one article snapshot. The analysis reads English; other
// languages get a clear "unsupported" state instead of nonsense highlights.
import type { AnalysisState } from '@/lib/messages/protocol';
import type { ArticleSnapshot } from '@/lib/page/types';
import { errorMessage } from '@/lib/errors';
import type { AnalysisModels } from './analysis-models';

/** English, or a page that does not declare its language (most English pages don't bother). */
export function readsLanguage(lang: string | undefined): boolean {
  return !lang || /^en(?:[-_]|$)/i.test(lang.trim());
}

// The analysis (compromise's lexicon, the word lists) is loaded the first time an article needs
// it, not when the background starts: the browser starts the background for every tab event, and
// Firefox stops a background script that takes seconds to start.
let analysisModule: Promise<typeof import('@/lib/analysis')> | undefined;
export const loadAnalysis = () => (analysisModule ??= import('@/lib/analysis'));

export async function analyzeArticle(snapshot: ArticleSnapshot, dismissed: string[], models: AnalysisModels = {}): Promise<AnalysisState> {
  const lang = snapshot.meta.lang;
  if (!readsLanguage(lang)) return { status: 'unsupported', lang: lang ?? '' };
  try {
    const { analyzeSnapshot } = await loadAnalysis();
    return { status: 'done', analysis: analyzeSnapshot(snapshot, models), dismissed };
  } catch (error) {
    console.error('Backstory: analysis failed', error);
    return { status: 'failed', error: errorMessage(error) };
  }
}
