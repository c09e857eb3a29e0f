import { describe, expect, it } from 'vitest';
import { WrongPassphraseError } from '@/lib/sync/crypto';
import { classify, SyncError, UNREACHABLE } from '@/lib/sync/errors';
import { markingFetch } from '@/lib/sync/remote';

describe('sync problems in words a reader understands', () => {
  it('tells each kind of failure apart', () => {
    expect(classify({ status: 401, name: 'unauthorized' }).problem).toBe('unauthorized');
    expect(classify({ error: 'unauthorized', reason: 'You are not authorized' }).problem).toBe('unauthorized'); // no status
    expect(classify({ status: 403, name: 'forbidden' }).problem).toBe('forbidden');
    expect(classify({ status: 507, error: 'insufficient_storage' }).problem).toBe('server-full');
    expect(classify({ status: 402, reason: 'payment required' }).problem).toBe('server-full');
    expect(classify({ status: 500, reason: 'Database quota exceeded' }).problem).toBe('server-full');
    expect(classify({ status: 413, error: 'document_too_large' }).problem).toBe('too-large');
    expect(classify({ status: 404, error: 'not_found', reason: 'Database does not exist.' }).problem).toBe('no-database');
    expect(classify({ status: 500, name: 'indexed_db_went_bad', inner: { name: 'QuotaExceededError' } }).problem).toBe('browser-full');
    expect(classify(new DOMException('full', 'QuotaExceededError')).problem).toBe('browser-full');
    expect(classify(new WrongPassphraseError()).problem).toBe('wrong-passphrase');
    expect(classify({ status: 500, reason: 'crash' }).problem).toBe('server-error');
    const own = new SyncError('passphrase-needed');
    expect(classify(own)).toBe(own);
  });

  it('reads a failed fetch as an unreachable server, and an answer as an answer', async () => {
    const failing = markingFetch(async () => {
      throw new TypeError('Failed to fetch');
    });
    const error = await failing('http://127.0.0.1:9/').catch((e: unknown) => e);
    expect((error as { [UNREACHABLE]?: true })[UNREACHABLE]).toBe(true);
    expect(classify(error).problem).toBe('unreachable');
    const answering = markingFetch(async () => new Response('{}', { status: 401 }));
    expect((await answering('http://x/')).status).toBe(401);
  });

  it('says in every message that the notes here are unchanged, except for a bad address', () => {
    for (const problem of ['unreachable', 'unauthorized', 'server-full', 'browser-full', 'passphrase-needed', 'wrong-passphrase'] as const) {
      expect(new SyncError(problem).message).toMatch(/unchanged/);
    }
  });
});
