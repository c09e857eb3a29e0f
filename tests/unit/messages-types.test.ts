// The request maps hold at compile time: `npm run typecheck` fails if a handler answers the
// wrong shape, a request has no handler, or a caller passes the wrong payload. Each
// expected-error directive below is the test: each must stay an error.
import { describe, expect, it } from 'vitest';
import type { askBackground } from '@/lib/messages/client';
import type { Handlers } from '@/lib/messages/router';
import type { PanelToBackground } from '@/lib/messages/requests';

type ListsOnly = Pick<PanelToBackground, 'panel/reader-lists' | 'panel/reader-list-remove'>;

describe('request maps at compile time', () => {
  it('types handlers and callers by the map', () => {
    const good: Handlers<ListsOnly> = {
      'panel/reader-lists': () => [],
      'panel/reader-list-remove': async () => true,
    };
    const wrongAnswer: Handlers<ListsOnly> = {
      // @ts-expect-error reader-lists answers ReaderListRow[], not a number
      'panel/reader-lists': () => 42,
      'panel/reader-list-remove': async () => true,
    };
    // @ts-expect-error a request of the map without its handler
    const missing: Handlers<ListsOnly> = { 'panel/reader-lists': () => [] };

    const caller = (ask: typeof askBackground) => {
      void ask('panel/reader-lists');
      // @ts-expect-error reader-list-remove needs { id }
      void ask('panel/reader-list-remove', { name: 'x' });
      // @ts-expect-error no such request
      void ask('panel/no-such-request');
      // The answer's type comes from the map: a boolean here.
      void ask('panel/reader-list-remove', { id: 'x' }).then((answer) => (answer.ok ? answer.value satisfies boolean : answer.error));
    };
    expect([good, wrongAnswer, missing, caller].every(Boolean)).toBe(true);
  });
});
