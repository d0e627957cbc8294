import { createHash, createHmac, randomBytes, randomFillSync } from 'node:crypto';

export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

export function sha256(value: string): string {
  return createHash('sha256').update(value).digest('hex');
}

export function hmac(key: string, value: string): string {
  return createHmac('sha256', key).update(value).digest('hex');
}

// Trace and span ids are drawn on every request: one getrandom call per 4 KiB, not one per id (as
// crypto.randomUUID does). Never used for secrets: session and CSRF tokens come from newToken.
const idPool = Buffer.alloc(4096);
let idPoolOffset = idPool.length;

/** Random bytes as hex, for trace and span ids. */
export function randomHex(bytes: number): string {
  if (bytes > idPool.length) return randomBytes(bytes).toString('hex');
  if (idPoolOffset + bytes > idPool.length) {
    randomFillSync(idPool);
    idPoolOffset = 0;
  }
  const hex = idPool.toString('hex', idPoolOffset, idPoolOffset + bytes);
  idPoolOffset += bytes;
  return hex;
}
