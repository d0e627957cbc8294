// The bank's answer on a SEPA credit transfer (ISO 20022 ExternalStatusReason1Code, as used in
// pain.002 StsRsnInf/Rsn/Cd and camt.054 RtrInf/Rsn/Cd): a Dutch label for each code a Dutch bank
// sends for SCT rejects and returns (EPC SCT rulebook, reason codes for R-transactions).

export const bankReasonLabels: Readonly<Record<string, string>> = {
  AC01: 'Rekeningnummer (IBAN) onjuist',
  AC03: 'Rekeningnummer van de ontvanger ongeldig',
  AC04: 'Rekening opgeheven',
  AC06: 'Rekening geblokkeerd',
  AC13: 'Rekeningsoort ongeldig',
  AG01: 'Transactie niet toegestaan op deze rekening',
  AG02: 'Ongeldige betaalcode',
  AM04: 'Onvoldoende saldo',
  AM05: 'Dubbele betaling',
  BE04: 'Adres van de ontvanger ontbreekt of is onjuist',
  CNOR: 'Bank van de ontvanger niet bereikbaar',
  DNOR: 'Bank van de betaler niet bereikbaar',
  DUPL: 'Dubbele betaling',
  FF01: 'Bestandsformaat ongeldig',
  FOCR: 'Terugbetaling na verzoek tot annulering',
  MD07: 'Rekeninghouder overleden',
  MS02: 'Geweigerd door de ontvanger, reden niet opgegeven',
  MS03: 'Reden niet opgegeven door de bank',
  NARR: 'Reden in toelichting',
  RC01: 'BIC onjuist',
  RR01: 'Rekening- of identificatiegegevens van de betaler ontbreken',
  RR02: 'Naam of adres van de betaler ontbreekt',
  RR03: 'Naam of adres van de ontvanger ontbreekt',
  RR04: 'Geweigerd om wettelijke redenen',
  SL01: 'Specifieke dienst van de bank',
  TM01: 'Ontvangen na de afsluittijd',
};

/** The Dutch label of a reason code, with the code itself for the finance team ("AC04 – Rekening opgeheven"). */
export function bankReasonText(code: string | null, extra?: string | null): string {
  const c = (code ?? '').trim().toUpperCase();
  const label = bankReasonLabels[c];
  const base = c === '' ? 'Geen reden opgegeven door de bank' : label === undefined ? `${c} – onbekende redencode` : `${c} – ${label}`;
  const more = (extra ?? '').trim();
  return more === '' ? base : `${base} (${more})`;
}
