import type { TFunction } from 'i18next';
import type { Result } from '../../../api/results.ts';
import { isOneOf } from '@koers/domain';

const knownStatuses = ['wachtend', 'verzenden', 'verzonden', 'bevestigd', 'afgewezen', 'fout', 'opnieuw-aangeboden', 'vervangen'] as const;

/** The DUO status of a derived result in the words of the results part. */
export function duoStatusText(result: Result | null, t: TFunction): string {
  const status = result?.duo?.status;
  if (!status) return t('resultaten.duoStatus.none');
  return isOneOf(knownStatuses, status) ? t(`resultaten.duoStatus.${status}`) : status;
}

/** 2.5 → "2,5" in Dutch. */
export const hoursText = (hours: number, language: string): string => hours.toLocaleString(language === 'en' ? 'en-GB' : 'nl-NL', { maximumFractionDigits: 2 });
