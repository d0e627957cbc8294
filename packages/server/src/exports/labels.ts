// Dutch labels of stored codes, for files that leave Koers (exports, reports): never a code on paper.
import { isCaseStatus, targetGroupLabel, type CaseStatus } from '@koers/domain';

const caseStatusLabels: Record<CaseStatus, string> = {
  aangemeld: 'Aangemeld',
  voorbereiding: 'Voorbereiding',
  intake: 'Brede intake',
  pip: 'PIP',
  'pip-vastgesteld': 'PIP vastgesteld',
  traject: 'In traject',
  opgeschort: 'Opgeschort',
  gesloten: 'Gesloten',
};

export function caseStatusLabel(status: string): string {
  return isCaseStatus(status) ? caseStatusLabels[status] : 'Onbekend';
}

export function targetGroupText(group: string | null, obliged: boolean | null): string {
  if (obliged === false) return 'Niet inburgeringsplichtig';
  if (group === 'asiel' || group === 'gezin-overig') {
    const label = targetGroupLabel(group);
    return label.charAt(0).toUpperCase() + label.slice(1);
  }
  return '';
}

export const yesNo = (value: boolean | null): string => (value === null ? '' : value ? 'Ja' : 'Nee');
