import type { Role } from '@koers/domain';

export const roleLabels: Record<Role, string> = {
  beheerder: 'Beheerder',
  teamleider: 'Teamleider',
  trajectregisseur: 'Trajectregisseur',
  'financieel-medewerker': 'Financieel medewerker',
  beleidsadviseur: 'Beleidsadviseur',
  'partner-begeleiding': 'Partner maatschappelijke begeleiding',
  'partner-aanbieder': 'Partner taalaanbieder',
  'partner-budgetbeheer': 'Partner budgetbeheer',
  hostingbeheerder: 'Beheerder hostingpartij',
  'functionaris-gegevensbescherming': 'Functionaris gegevensbescherming',
};
