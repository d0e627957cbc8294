// The one password rule of Koers (NIST SP 800-63B §3.1.1.2): at least 12 characters, at most
// 1024, not only whitespace, not one character repeated or a run like 123456789012, and not a
// common, breached or easily guessed password (zxcvbn-ts with its list of common and breached
// passwords and Dutch words and names), nor one built from the account's own name or e-mail
// address or the name of the service. No composition rules and no expiry, as NIST advises.
// Used by every path that sets a password: password change, user creation, the `init` command.
import { createRequire } from 'node:module';
import type * as ZxcvbnCore from '@zxcvbn-ts/core';
import type { ZxcvbnFactory } from '@zxcvbn-ts/core';
import type * as ZxcvbnCommon from '@zxcvbn-ts/language-common';
import type * as ZxcvbnDutch from '@zxcvbn-ts/language-nl-be';
import type { z } from 'zod';
import { AppError } from '../errors.ts';
import { textProblem } from '@koers/domain';
import { text } from '../contract/input-fields.ts';

export const minimumPasswordLength = 12;
export const maximumPasswordLength = 1024;
/** zxcvbn's score 3: about 10^8 guesses or more ("safely unguessable" for an online attack with throttling). */
const minimumScore = 3;

export type PasswordProblem = 'te-kort' | 'te-lang' | 'ongeldige-tekens' | 'alleen-spaties' | 'herhaling' | 'reeks' | 'persoonlijk' | 'bekend';

/** Why a password is refused, in Dutch, for the person choosing it. */
export const passwordProblemMessages: Record<PasswordProblem, string> = {
  'te-kort': `Het wachtwoord moet minstens ${minimumPasswordLength} tekens lang zijn.`,
  'te-lang': `Het wachtwoord mag hoogstens ${maximumPasswordLength} tekens lang zijn.`,
  'ongeldige-tekens': 'Het wachtwoord bevat een teken dat niet kan worden opgeslagen (een nulteken of een losse surrogaat).',
  'alleen-spaties': 'Het wachtwoord mag niet alleen uit spaties bestaan.',
  herhaling: 'Het wachtwoord mag niet uit één of twee herhaalde tekens bestaan (zoals aaaaaaaaaaaa).',
  reeks: 'Het wachtwoord mag geen opeenvolgende reeks zijn (zoals 123456789012 of abcdefghijkl).',
  persoonlijk: 'Het wachtwoord lijkt te veel op uw naam, uw e-mailadres of de naam Koers. Kies bijvoorbeeld een zin van vier of meer woorden.',
  bekend:
    'Dit wachtwoord is te makkelijk te raden: het komt voor in lijsten van veelgebruikte of gelekte wachtwoorden, of is er een kleine variatie op. Kies bijvoorbeeld een zin van vier of meer woorden.',
};

let zxcvbn: ZxcvbnFactory | undefined;
function estimator(): ZxcvbnFactory {
  // Loaded and built on first use (about 150 ms): the dictionaries are large, and a server that sets
  // no password keeps neither the library nor its lists (about 5 MB of heap; ADR 0110, eleventh
  // session). Required, not imported, because the rule is synchronous (zod refinements use it).
  if (!zxcvbn) {
    const require = createRequire(import.meta.url);
    const { ZxcvbnFactory: Factory } = require('@zxcvbn-ts/core') as typeof ZxcvbnCore;
    const common = require('@zxcvbn-ts/language-common') as typeof ZxcvbnCommon;
    const dutch = require('@zxcvbn-ts/language-nl-be') as typeof ZxcvbnDutch;
    zxcvbn = new Factory({ dictionary: { ...common.dictionary, ...dutch.dictionary }, graphs: common.adjacencyGraphs });
  }
  return zxcvbn;
}

/** Words of the service and the account that a password must not be built on. */
function contextWords(context: PasswordContext): string[] {
  const words = ['koers', 'inburgering', 'inburgeraar', 'gemeente', 'wachtwoord'];
  const fromEmail = context.email?.toLowerCase().split(/[@._+-]+/) ?? [];
  const fromName = context.name?.toLowerCase().split(/\s+/) ?? [];
  return [...words, ...fromEmail, ...fromName].filter((w) => w.length >= 3);
}

/** One character, or a short pattern, repeated: aaaaaaaaaaaa, abababababab, 121212121212. */
function isRepetition(password: string): boolean {
  const characters = [...password];
  if (new Set(characters).size <= 2) return true;
  for (let period = 1; period <= 3; period++) {
    if (characters.every((c, i) => c === characters[i % period])) return true;
  }
  return false;
}

/** Every character one up or one down from the previous: 123456789012, abcdefghijkl, 987654321098. */
function isSequence(password: string): boolean {
  const codes = [...password.toLowerCase()].map((c) => c.codePointAt(0) ?? 0);
  const pairs = codes.slice(1).map((next, i) => [codes[i] ?? 0, next] as const);
  const nine = 0x39;
  const zero = 0x30;
  const up = ([a, b]: readonly [number, number]) => b - a === 1 || (a === nine && b === zero);
  const down = ([a, b]: readonly [number, number]) => a - b === 1 || (a === zero && b === nine);
  return pairs.every(up) || pairs.every(down);
}

/** Built on the context words: with them taken out, fewer than 6 letters or digits are left. */
function isPersonal(password: string, words: readonly string[]): boolean {
  const lower = password.toLowerCase();
  const found = words.filter((w) => lower.includes(w));
  if (found.length === 0) return false;
  let rest = lower;
  for (const word of [...found].sort((a, b) => b.length - a.length)) rest = rest.split(word).join('');
  return [...rest.replace(/[^\p{L}\p{N}]/gu, '')].length < 6;
}

export interface PasswordContext {
  /** The account's e-mail address and name: a password built on them is refused. */
  email?: string | undefined;
  name?: string | undefined;
}

/** The first problem of a new password, or undefined when it is acceptable. */
export function passwordProblem(password: string, context: PasswordContext = {}): PasswordProblem | undefined {
  if (textProblem(password)) return 'ongeldige-tekens';
  const length = [...password].length;
  if (length < minimumPasswordLength) return 'te-kort';
  if (length > maximumPasswordLength) return 'te-lang';
  if (password.trim() === '') return 'alleen-spaties';
  if (isRepetition(password)) return 'herhaling';
  if (isSequence(password)) return 'reeks';
  const words = contextWords(context);
  if (isPersonal(password, words)) return 'persoonlijk';
  // zxcvbn looks at the first 256 characters; a longer password is strong by its length alone.
  if (estimator().check(password.slice(0, 256), words).score < minimumScore) return 'bekend';
  return undefined;
}

/** Throws VALIDATION_FAILED naming `field` when the password breaks the rule. */
export function assertAcceptablePassword(password: string, context: PasswordContext, field: string): void {
  const problem = passwordProblem(password, context);
  if (problem) throw new AppError('VALIDATION_FAILED', { field, message: passwordProblemMessages[problem] });
}

/**
 * The zod field for a new password: the rule without the account's context (the use case adds
 * that with `assertAcceptablePassword`, where it knows the name and e-mail address).
 */
export function newPasswordField(): z.ZodType<string> {
  return text('Vul een wachtwoord in').superRefine((value, ctx) => {
    const problem = passwordProblem(value);
    if (problem) ctx.addIssue({ code: 'custom', message: passwordProblemMessages[problem] });
  });
}
