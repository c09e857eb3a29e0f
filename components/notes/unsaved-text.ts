// What the reader typed for a tab's draft but has not saved, kept while the panel is open so
// following another tab and coming back loses nothing.

export interface UnsavedText {
  body: string;
  tags: string[];
  pending: string;
}

const byTab = new Map<number, UnsavedText>();

export const unsavedText = {
  get: (tabId: number): UnsavedText | undefined => byTab.get(tabId),
  set(tabId: number, text: UnsavedText): void {
    if (!text.body && !text.tags.length && !text.pending) byTab.delete(tabId);
    else byTab.set(tabId, text);
  },
  forget: (tabId: number): void => void byTab.delete(tabId),
};
