import { describe, expect, it } from 'vitest';
import {
  createParams,
  documentId,
  isUsableParams,
  MIN_ITERATIONS,
  open,
  PAD_BLOCK,
  seal,
  unlock,
  WrongPassphraseError,
  type SyncParams,
} from '@/lib/sync/crypto';
import { base64ToBytes } from '@/lib/sync/base64';

const PASSPHRASE = 'correct horse battery staple';

describe('sync encryption', async () => {
  // One database set up by a first device; the tests unlock it as second devices would.
  const { params, keys } = await createParams(PASSPHRASE);

  it('derives keys with PBKDF2-SHA-256 at 600,000 iterations or more and a random salt', async () => {
    expect(params.kdf).toMatchObject({ name: 'PBKDF2', hash: 'SHA-256' });
    expect(params.kdf.iterations).toBeGreaterThanOrEqual(600_000);
    expect(base64ToBytes(params.kdf.salt)).toHaveLength(16);
    const other = await createParams(PASSPHRASE);
    expect(other.params.kdf.salt).not.toBe(params.kdf.salt);
  });

  it('opens on a second device with the same passphrase, and reads what the first sealed', async () => {
    const sealed = await seal(keys, 'doc1', { body: 'a note about the budget' });
    const second = await unlock(PASSPHRASE, JSON.parse(JSON.stringify(params)) as SyncParams);
    expect(await open(second, 'doc1', sealed)).toEqual({ body: 'a note about the budget' });
    expect(await documentId(second, 'note', 'abc')).toBe(await documentId(keys, 'note', 'abc'));
  });

  it('says a wrong passphrase is wrong', async () => {
    await expect(unlock('correct horse battery stapler', params)).rejects.toBeInstanceOf(WrongPassphraseError);
    await expect(unlock('', params)).rejects.toBeInstanceOf(WrongPassphraseError);
  });

  it('refuses parameters that would make a weak key (fewer iterations, short salt)', async () => {
    const weak = { ...params, kdf: { ...params.kdf, iterations: 1_000 } };
    expect(isUsableParams(weak)).toBe(false);
    await expect(unlock(PASSPHRASE, weak)).rejects.toThrow(/not usable/);
    expect(isUsableParams({ ...params, kdf: { ...params.kdf, salt: 'AAAA' } })).toBe(false);
    expect(isUsableParams(params)).toBe(true);
    expect(MIN_ITERATIONS).toBeGreaterThanOrEqual(600_000);
  });

  it('binds a ciphertext to its document: moved to another id, or changed, it does not open', async () => {
    const sealed = await seal(keys, 'doc1', { body: 'x' });
    await expect(open(keys, 'doc2', sealed)).rejects.toThrow();
    const bytes = base64ToBytes(sealed.ct);
    bytes[3] ^= 1;
    const tampered = { ...sealed, ct: btoa(String.fromCharCode(...bytes)) };
    await expect(open(keys, 'doc1', tampered)).rejects.toThrow();
  });

  it('hides the text and, within a block, the length', async () => {
    const short = await seal(keys, 'd', { body: 'Mayor' });
    const longer = await seal(keys, 'd', { body: 'Mayor resigned after the audit of the housing fund' });
    expect(short.ct.length).toBe(longer.ct.length);
    expect(base64ToBytes(short.ct).length).toBe(PAD_BLOCK + 16); // one block and the GCM tag
    const raw = String.fromCharCode(...base64ToBytes(longer.ct));
    expect(raw).not.toContain('Mayor');
    // The same value sealed twice differs (fresh nonce): the server cannot tell equal notes apart.
    expect((await seal(keys, 'd', { body: 'Mayor' })).ct).not.toBe(short.ct);
  });

  it('gives opaque, stable ids that do not show the key they stand for', async () => {
    const id = await documentId(keys, 'outletNote', 'globalresearch.ca');
    expect(id).toMatch(/^[0-9a-f]{32}$/);
    expect(await documentId(keys, 'outletNote', 'globalresearch.ca')).toBe(id);
    expect(await documentId(keys, 'siteSetting', 'globalresearch.ca')).not.toBe(id);
    const elsewhere = await createParams(PASSPHRASE);
    expect(await documentId(elsewhere.keys, 'outletNote', 'globalresearch.ca')).not.toBe(id);
  });
});
