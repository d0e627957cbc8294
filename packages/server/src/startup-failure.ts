// Why Koers could not start, in Dutch, for the person who ran `npm start` (issue 9: a failed start
// says what is wrong and exits; it never hangs). Only the error's own message and well-known
// system error codes are used: no configuration values that could hold a secret.
import { DuoSpecError } from '@koers/duo';
import { BrpSpecError } from '@koers/brp';
import { propertyOf } from './util/guards.ts';

interface SystemError extends Error {
  code?: string;
  port?: number;
  syscall?: string;
  path?: string;
}

function isSystemError(error: unknown): error is SystemError {
  return error instanceof Error && typeof propertyOf(error, 'code') === 'string';
}

/** A Dutch explanation of a start-up failure, with what to do about it. */
export function explainStartupFailure(error: unknown): string {
  if (error instanceof DuoSpecError) {
    return `De specificaties van DUO konden niet worden gelezen: ${error.message}`;
  }
  if (error instanceof BrpSpecError) {
    return `De specificatie van de BRP API kon niet worden gelezen: ${error.message}`;
  }
  if (error instanceof AggregateError && error.errors.length > 0) return explainStartupFailure(error.errors[0]);
  // Drizzle wraps a driver error ("Failed query: …"); the cause says what went wrong.
  if (error instanceof Error && error.cause instanceof Error && /^Failed query/.test(error.message)) return explainStartupFailure(error.cause);
  if (isSystemError(error)) {
    switch (error.code ?? '') {
      case 'EADDRINUSE':
        return `Poort ${error.port ?? '(onbekend)'} is al in gebruik door een ander programma. Stop dat programma of kies een andere poort met PORT=….`;
      case 'EACCES':
      case 'EPERM':
        return error.syscall === 'listen'
          ? `Koers mag niet luisteren op poort ${error.port ?? '(onbekend)'}. Kies een poort boven 1024 met PORT=….`
          : `Koers heeft geen toegang tot ${error.path ?? 'een bestand of map'}. Controleer de rechten (KOERS_DATA_DIR voor de ingebouwde database).`;
      case 'ECONNREFUSED':
      case 'ENOTFOUND':
      case 'EAI_AGAIN':
      case 'ETIMEDOUT':
      case 'EHOSTUNREACH':
        return 'De PostgreSQL-server is niet bereikbaar. Controleer DATABASE_URL (host en poort) en of de server draait.';
      case '28P01':
      case '28000':
        return 'De PostgreSQL-server weigert de aanmelding. Controleer gebruiker en wachtwoord in DATABASE_URL.';
      case '3D000':
        return 'De database in DATABASE_URL bestaat niet op de PostgreSQL-server. Maak hem aan (createdb) of corrigeer de naam.';
      case 'ENOTDIR':
        return `${error.path ?? 'Een deel van het pad'} ligt in een bestand, niet in een map. Controleer KOERS_DATA_DIR.`;
      case 'ENOSPC':
        return 'De schijf is vol: Koers kan zijn gegevens niet schrijven.';
      default:
        break;
    }
  }
  if (error instanceof Error && /connection timeout|timeout exceeded when trying to connect/i.test(error.message)) {
    return 'De PostgreSQL-server reageert niet binnen de tijd. Controleer DATABASE_URL en het netwerk.';
  }
  if (error instanceof Error) return error.message;
  return String(error);
}
