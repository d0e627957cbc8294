// Dutch names of the codes in the processing log, as the privacy officer reads them (screen, CSV).
import { processingActivities, type ProcessingActivity } from '@koers/domain';
import type { ProcessingAction } from './processing-log.ts';

export const actionLabels: Record<ProcessingAction, string> = {
  read: 'Inzien',
  create: 'Vastleggen',
  update: 'Wijzigen',
  delete: 'Verwijderen',
};

/** What was processed; a type without a label is shown as "Overige gegevens". */
export const resourceLabels: Record<string, string> = {
  case: 'Dossier',
  'case-result': 'Resultaat (PVT, MAP of Z-route)',
  case_document: 'Document in het dossier',
  pip: 'PIP',
  duo_inbox: 'Melding van DUO',
  duo_outbox: 'Bericht aan DUO',
  user: 'Account van een medewerker',
  processing_log: 'Logboek dataverwerkingen',
  organisation: 'Organisatie',
  'rapportage-formatie': 'Rapportage formatie en prognose (geaggregeerd)',
  'rapportage-spuk': 'Rapportage SPUK (geaggregeerd)',
};

export const subjectTypeLabels: Record<string, string> = {
  case: 'Inburgeringsplichtige (dossier)',
  bsn: 'Inburgeringsplichtige (zonder dossier)',
  user: 'Medewerker',
  gemeente: 'Alle inburgeringsplichtigen van de gemeente (geaggregeerd)',
};

export const statusLabels: Record<string, string> = { OK: 'Gelukt', ERROR: 'Mislukt' };

const byId = new Map<string, ProcessingActivity>(Object.values(processingActivities).map((a) => [a.id, a]));

/** The register entry of an activity id; an id that left the register keeps a plain name. */
export function activityOf(id: string): Pick<ProcessingActivity, 'name' | 'purpose'> {
  return byId.get(id) ?? { name: 'Verwerkingsactiviteit buiten het huidige register', purpose: '' };
}

export function labelOf(labels: Record<string, string>, code: string, fallback: string): string {
  return labels[code] ?? fallback;
}
