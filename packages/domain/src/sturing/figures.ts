// The figures of the management dashboard (R26) and the list filter behind each: the same key
// selects the cases in the case list (`kengetal`) that the dashboard counted (ADR 0140).
import type { DashboardRoute } from './facts.ts';

export const caseFigures = [
  'in-beeld',
  'zonder-pip',
  'pip-binnen-termijn',
  'pip-na-termijn',
  'route',
  'routewissel',
  'a2',
  'pvt-gedaan',
  'map-gedaan',
  'ontzorgen-actief',
  'handhaving',
  'open',
  'gekoppeld',
  'gehuisvest',
  'gehuisvest-plichtig',
] as const;
export type CaseFigure = (typeof caseFigures)[number];

export const caseFigureLabel: Record<CaseFigure, string> = {
  'in-beeld': 'In beeld',
  'zonder-pip': 'Zonder PIP',
  'pip-binnen-termijn': 'PIP binnen 10 weken vastgesteld',
  'pip-na-termijn': 'PIP na 10 weken vastgesteld',
  route: 'Leerroute',
  routewissel: 'Leerroute gewisseld',
  a2: 'Afgeschaald naar A2',
  'pvt-gedaan': 'PVT afgerond',
  'map-gedaan': 'MAP afgerond',
  'ontzorgen-actief': 'Ontzorgen actief',
  handhaving: 'Handhaving',
  open: 'Lopende dossiers',
  gekoppeld: 'Gekoppeld (COA)',
  gehuisvest: 'Gehuisvest',
  'gehuisvest-plichtig': 'Gehuisvest en inburgeringsplichtig',
};

export const routeFigureLabel: Record<DashboardRoute, string> = { B1: 'B1-route', Onderwijs: 'Onderwijsroute', Z: 'Z-route' };
