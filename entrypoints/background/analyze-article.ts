// Runs the text analysis for one article snapshot. The analysis reads English; other
// languages get a clear "unsupported" state instead of nonsense highlights.
import { analyzeSnapshot, type NerModel } from '@/lib/analysis';
import type { AnalysisState } from '@/lib/messages/protocol';
import type { ArticleSnapshot } from '@/lib/page/types';
import { errorMessage } from '@/lib/errors';

/** English, or a page that does not declare its language (most English pages don't bother). */
export function readsLanguage(lang: string | undefined): boolean {
  return !lang || /^en(?:[-_]|$)/i.test(lang.trim());
}

/** `ner`: the NER model when it is loaded (else the rules alone find the names). */
export function analyzeArticle(snapshot: ArticleSnapshot, dismissed: string[], ner?: NerModel | null): AnalysisState {
  const lang = snapshot.meta.lang;
  if (!readsLanguage(lang)) return { status: 'unsupported', lang: lang ?? '' };
  try {
    return { status: 'done', analysis: analyzeSnapshot(snapshot, { ner: ner ?? undefined }), dismissed };
  } catch (error) {
    console.error('Backstory: analysis failed', error);
    return { status: 'failed', error: errorMessage(error) };
  }
}
