import { propertyOf, stringProperty } from '../util/guards.ts';

/** The PostgreSQL error code of a failed query (drizzle wraps the driver's error in `cause`). */
export function pgErrorCode(error: unknown): string | undefined {
  let current: unknown = error;
  for (let depth = 0; depth < 3 && current && typeof current === 'object'; depth++) {
    const code = stringProperty(current, 'code');
    if (code !== undefined && /^[0-9A-Z]{5}$/.test(code)) return code;
    current = propertyOf(current, 'cause');
  }
  return undefined;
}

export function pgConstraint(error: unknown): string | undefined {
  let current: unknown = error;
  for (let depth = 0; depth < 3 && current && typeof current === 'object'; depth++) {
    const c = stringProperty(current, 'constraint');
    if (c !== undefined) return c;
    current = propertyOf(current, 'cause');
  }
  return undefined;
}

export const uniqueViolation = '23505';
