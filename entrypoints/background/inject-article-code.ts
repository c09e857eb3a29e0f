// Injects the article-reading script into the frame whose always-on script found an article
// (see entrypoints/content/article-code.ts for why the two are separate).
export async function injectArticleCode(tabId: number, frameId: number): Promise<{ ok: boolean; error?: string }> {
  try {
    await browser.scripting.executeScript({ target: { tabId, frameIds: [frameId] }, files: ['/content-scripts/article.js'] });
    return { ok: true };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    console.warn('Backstory: could not inject the article reader', message);
    return { ok: false, error: `the article reader could not be loaded (${message})` };
  }
}
