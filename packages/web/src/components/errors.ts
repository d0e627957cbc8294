import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../api/client.ts';
import { isOneOf } from '@koers/domain';

const KNOWN_CODES = [
  'INVALID_CREDENTIALS',
  'ACCOUNT_LOCKED',
  'RATE_LIMITED',
  'VALIDATION_FAILED',
  'FORBIDDEN',
  'UNAUTHENTICATED',
] as const;
type KnownCode = (typeof KNOWN_CODES)[number];

function isKnownCode(code: string): code is KnownCode {
  return isOneOf(KNOWN_CODES, code);
}

/**
 * The text to show for an error. The server writes Dutch messages with details (e.g. until when
 * an account is locked), so in Dutch its message is shown as is; in English a translation of
 * the error code is used when the catalog has one.
 */
export function useErrorMessage(): (error: unknown) => string {
  const { t, i18n } = useTranslation();
  return useCallback(
    (error: unknown) => {
      if (!isApiError(error)) return t('errors.generic');
      if (error.code === 'NETWORK_ERROR') return t('errors.network');
      const dutch = (i18n.resolvedLanguage ?? 'nl') === 'nl';
      if (!dutch && isKnownCode(error.code)) return t(`errors.${error.code}`);
      if (error.message && !/^HTTP \d+$/.test(error.message)) return error.message;
      return t('errors.generic');
    },
    [t, i18n.resolvedLanguage],
  );
}
