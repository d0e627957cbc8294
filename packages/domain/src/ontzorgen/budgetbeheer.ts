// Financieel ontzorgen by a budgetbeheer partner (issue 15 "When a partner executes"; ADR 0147):
// what the partner reports each month and the problems it can signal. Pure data and labels.

/** Per agreement per month: the payments were made, or not (with the reason). */
export const partnerReportStatuses = ['uitgevoerd', 'niet-uitgevoerd'] as const;
export type PartnerReportStatus = (typeof partnerReportStatuses)[number];
export const partnerReportStatusLabels: Readonly<Record<PartnerReportStatus, string>> = {
  uitgevoerd: 'Betalingen gedaan',
  'niet-uitgevoerd': 'Betalingen niet (alle) gedaan',
};

/** Problems the partner signals; each becomes a werkvoorraad item for the trajectregisseur. */
export const partnerProblemKinds = ['achterstand', 'adres-gewijzigd', 'inkomen-gewijzigd', 'geen-contact', 'overig'] as const;
export type PartnerProblemKind = (typeof partnerProblemKinds)[number];
export const partnerProblemKindLabels: Readonly<Record<PartnerProblemKind, string>> = {
  achterstand: 'Betalingsachterstand',
  'adres-gewijzigd': 'Adres gewijzigd',
  'inkomen-gewijzigd': 'Inkomen of bijstand gewijzigd',
  'geen-contact': 'Geen contact met de persoon',
  overig: 'Ander probleem',
};

/** Days after a month's end by which the partner reports it, when the gemeente set nothing (setting budgetbeheerReportDays). */
export const DEFAULT_BUDGETBEHEER_REPORT_DAYS = 10;
