// What the background knows about each tab, in memory. A service worker can be stopped at
// any time, so this is a cache: when a tab is missing, the background asks its content
// script again (see ask-content.ts) instead of trusting a stale copy.
import type { TabState } from '@/lib/messages/protocol';

export class TabStates {
  private readonly states = new Map<number, TabState>();

  get(tabId: number): TabState | undefined {
    return this.states.get(tabId);
  }

  /** Every tab currently showing an article. */
  *articles(): Iterable<Extract<TabState, { status: 'article' }>> {
    for (const state of this.states.values()) if (state.status === 'article') yield state;
  }

  set(state: TabState): void {
    this.states.set(state.tabId, state);
  }

  forget(tabId: number): void {
    this.states.delete(tabId);
  }
}
