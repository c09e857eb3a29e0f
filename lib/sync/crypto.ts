// End-to-end encryption of what sync sends. The server stores, per database, one plain
// document of key-derivation parameters (a random salt, the iteration count and a check value)
// and, per synced item, an opaque id and AES-GCM ciphertext. The key never leaves the browser.
//
// passphrase ──PBKDF2-SHA-256 (600,000 iterations, per-database salt)──▶ master bits
//   ──HKDF "backstory-sync/encrypt"──▶ AES-GCM-256 key (item contents, the check value)
//   ──HKDF "backstory-sync/ids"──────▶ HMAC-SHA-256 key (document ids)
// Ids are keyed hashes so that an outlet note's domain or a dismissed flag's page address is not
// readable from its id, yet every device with the passphrase computes the same id for the same item.
import { bytesToBase64, base64ToBytes } from './base64';

/** OWASP's 2023 figure for PBKDF2-HMAC-SHA-256. */
export const PBKDF2_ITERATIONS = 600_000;
/** Parameters that ask for fewer are refused: a server cannot talk a device into a weak key. */
export const MIN_ITERATIONS = 600_000;
/** Nor into a key that takes minutes to derive. */
export const MAX_ITERATIONS = 10_000_000;

/** The id of the plain parameters document every synced database holds. */
export const PARAMS_DOC_ID = 'backstory-sync-params';

/** Ciphertext with the nonce it was made with (both base64). */
export interface Sealed {
  iv: string;
  ct: string;
}

/** The plain document on the server that lets a device derive the database's key. */
export interface SyncParams {
  _id: typeof PARAMS_DOC_ID;
  _rev?: string;
  format: 1;
  kdf: { name: 'PBKDF2'; hash: 'SHA-256'; iterations: number; salt: string };
  /** A known text encrypted with the key: decrypting it tells a right passphrase from a wrong one. */
  check: Sealed;
}

export interface SyncKeys {
  encrypt: CryptoKey;
  ids: CryptoKey;
  /** The salt of the parameters these keys were derived with (to notice a database set up anew). */
  salt: string;
}

/** The passphrase does not open this database. */
export class WrongPassphraseError extends Error {
  constructor() {
    super('wrong passphrase');
    this.name = 'WrongPassphraseError';
  }
}

const CHECK_TEXT = 'backstory-sync-check-v1';
const CHECK_AAD = 'backstory-sync/check';
/** Plaintexts are padded to a multiple of this many bytes, so a ciphertext's length tells a
 * note's size only roughly. */
export const PAD_BLOCK = 256;

const utf8 = new TextEncoder();
const fromUtf8 = new TextDecoder('utf-8', { fatal: true });
const subtle = () => globalThis.crypto.subtle;

async function deriveKeys(passphrase: string, kdf: SyncParams['kdf']): Promise<SyncKeys> {
  const material = await subtle().importKey('raw', utf8.encode(passphrase.normalize('NFC')), 'PBKDF2', false, ['deriveBits']);
  const bits = await subtle().deriveBits(
    { name: 'PBKDF2', hash: 'SHA-256', salt: base64ToBytes(kdf.salt), iterations: kdf.iterations },
    material,
    256,
  );
  const master = await subtle().importKey('raw', bits, 'HKDF', false, ['deriveKey']);
  const hkdf = (info: string) => ({ name: 'HKDF', hash: 'SHA-256', salt: new Uint8Array(0), info: utf8.encode(info) });
  // Not extractable: a stored key can be used by this extension but never read out.
  const [encrypt, ids] = await Promise.all([
    subtle().deriveKey(hkdf('backstory-sync/encrypt'), master, { name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt']),
    subtle().deriveKey(hkdf('backstory-sync/ids'), master, { name: 'HMAC', hash: 'SHA-256', length: 256 }, false, ['sign']),
  ]);
  return { encrypt, ids, salt: kdf.salt };
}

/** A fresh database's parameters for `passphrase` (random salt), with the keys they give. */
export async function createParams(passphrase: string, iterations = PBKDF2_ITERATIONS): Promise<{ params: SyncParams; keys: SyncKeys }> {
  if (!passphrase) throw new Error('a passphrase is required');
  const kdf: SyncParams['kdf'] = {
    name: 'PBKDF2',
    hash: 'SHA-256',
    iterations: Math.max(iterations, MIN_ITERATIONS),
    salt: bytesToBase64(globalThis.crypto.getRandomValues(new Uint8Array(16))),
  };
  const keys = await deriveKeys(passphrase, kdf);
  const check = await sealBytes(keys, utf8.encode(CHECK_TEXT), CHECK_AAD);
  return { params: { _id: PARAMS_DOC_ID, format: 1, kdf, check }, keys };
}

/** Whether `doc` is a parameters document this version can use. */
export function isUsableParams(doc: unknown): doc is SyncParams {
  const p = doc as SyncParams | null;
  return (
    !!p &&
    p._id === PARAMS_DOC_ID &&
    p.format === 1 &&
    p.kdf?.name === 'PBKDF2' &&
    p.kdf.hash === 'SHA-256' &&
    Number.isInteger(p.kdf.iterations) &&
    p.kdf.iterations >= MIN_ITERATIONS &&
    p.kdf.iterations <= MAX_ITERATIONS &&
    typeof p.kdf.salt === 'string' &&
    base64ToBytes(p.kdf.salt).length >= 16 &&
    typeof p.check?.iv === 'string' &&
    typeof p.check.ct === 'string'
  );
}

/** The keys of an existing database; throws WrongPassphraseError when the passphrase is not its. */
export async function unlock(passphrase: string, params: SyncParams): Promise<SyncKeys> {
  if (!isUsableParams(params)) throw new Error('the sync parameters on the server are not usable');
  const keys = await deriveKeys(passphrase, params.kdf);
  let text: string;
  try {
    text = fromUtf8.decode(await openBytes(keys, params.check, CHECK_AAD));
  } catch {
    throw new WrongPassphraseError();
  }
  if (text !== CHECK_TEXT) throw new WrongPassphraseError();
  return keys;
}

/** The document id of an item: the same on every device with the passphrase, opaque to the server. */
export async function documentId(keys: SyncKeys, kind: string, key: string): Promise<string> {
  const mac = await subtle().sign('HMAC', keys.ids, utf8.encode(`${kind}\u0000${key}`));
  // 128 bits in hex: never starts with '_' (reserved by CouchDB), collisions out of reach.
  return [...new Uint8Array(mac, 0, 16)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

async function sealBytes(keys: SyncKeys, plain: Uint8Array<ArrayBuffer>, aad: string): Promise<Sealed> {
  const iv = globalThis.crypto.getRandomValues(new Uint8Array(12));
  const ct = await subtle().encrypt({ name: 'AES-GCM', iv, additionalData: utf8.encode(aad) }, keys.encrypt, plain);
  return { iv: bytesToBase64(iv), ct: bytesToBase64(new Uint8Array(ct)) };
}

async function openBytes(keys: SyncKeys, sealed: Sealed, aad: string): Promise<Uint8Array> {
  const plain = await subtle().decrypt(
    { name: 'AES-GCM', iv: base64ToBytes(sealed.iv), additionalData: utf8.encode(aad) },
    keys.encrypt,
    base64ToBytes(sealed.ct),
  );
  return new Uint8Array(plain);
}

/** Encrypts a JSON value for the document `docId`: bound to that id, so the server cannot move
 * one item's ciphertext into another document. */
export async function seal(keys: SyncKeys, docId: string, value: unknown): Promise<Sealed> {
  const json = utf8.encode(JSON.stringify(value));
  const padded = new Uint8Array(Math.ceil((json.length + 1) / PAD_BLOCK) * PAD_BLOCK).fill(0x20); // JSON ignores trailing spaces
  padded.set(json);
  return sealBytes(keys, padded, docId);
}

/** Decrypts what `seal` made for `docId`; throws when the key is not this database's or the
 * ciphertext was changed. */
export async function open(keys: SyncKeys, docId: string, sealed: Sealed): Promise<unknown> {
  return JSON.parse(fromUtf8.decode(await openBytes(keys, sealed, docId)));
}
