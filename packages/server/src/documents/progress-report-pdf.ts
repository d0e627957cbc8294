// The report (verslag) of a voortgangsgesprek as a PDF for the case file (R19, ADR 0120). The
// special categories (gezondheid, gezin) are not in it: case documents are read by roles without
// case:read-sensitive; those parts stay in the record, behind that permission.
import type { ProgressOutcome } from '@koers/domain';
import { dutchDate } from './letter-pdf.ts';
import { senderLines, type LetterSender } from './sender.ts';
import type { ProviderReportSummary } from '../use-cases/voortgang/provider-reports-since.ts';
import { keysOf } from '../util/records.ts';
import { pdfDocumentClass } from '../util/on-first-use.ts';

export const progressThemeLabels = { taal: 'Taal', participatie: 'Participatie', map: 'Module Arbeidsmarkt en Participatie (MAP)', pvt: 'Participatieverklaringstraject (PVT)', ontzorgen: 'Ontzorgen en budget' } as const;

export function progressOutcomeLabel(outcome: ProgressOutcome): string {
  switch (outcome) {
    case 'doorgaan':
      return 'Doorgaan volgens het PIP';
    case 'pip-wijzigen':
      return 'Het PIP wijzigen';
    case 'extra-ondersteuning':
      return 'Extra ondersteuning';
    case 'doorverwijzing':
      return 'Doorverwijzing';
    case 'handhaving-starten':
      return 'Handhaving starten';
    default:
      return outcome satisfies never;
  }
}

export interface ProgressReport {
  gemeenteName: string;
  sender?: LetterSender;
  personName: string;
  caseNumber: string;
  pipVersion: number | null;
  plannedOn: string;
  heldOn: string;
  attendees: string;
  interpreter: string | null;
  report: Partial<Record<keyof typeof progressThemeLabels, string>>;
  hasSensitiveParts: boolean;
  outcome: ProgressOutcome;
  outcomeReason: string | null;
  referral: { organisationName: string; reason: string } | null;
  providerReports: ProviderReportSummary[];
  authorName: string;
}

export async function renderProgressReportPdf(r: ProgressReport): Promise<Buffer> {
  const PDFDocument = await pdfDocumentClass();
  return new Promise((resolve, reject) => {
    const title = `Verslag voortgangsgesprek ${dutchDate(r.heldOn)} — ${r.personName}`;
    const doc = new PDFDocument({ size: 'A4', margins: { top: 60, bottom: 60, left: 60, right: 60 }, lang: 'nl-NL', displayTitle: true, info: { Title: title, Author: `Gemeente ${r.gemeenteName}`, Creator: 'Koers' } });
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    const heading = (text: string) => doc.moveDown(0.8).font('Helvetica-Bold').fontSize(12).text(text).font('Helvetica').fontSize(10).moveDown(0.2);
    const row = (label: string, value: string) => doc.text(`${label}: ${value}`);

    const [name] = senderLines(r.gemeenteName, r.sender);
    doc.font('Helvetica').fontSize(9).text(name ?? `Gemeente ${r.gemeenteName}`);
    doc.font('Helvetica-Bold').fontSize(16).moveDown(0.5).text('Verslag voortgangsgesprek');
    doc.font('Helvetica').fontSize(10).moveDown(0.3);
    row('Inburgeraar', r.personName);
    row('Dossiernummer', r.caseNumber);
    row('Gehouden op', dutchDate(r.heldOn));
    row('Gepland op', dutchDate(r.plannedOn));
    row('PIP', r.pipVersion === null ? 'geen vastgesteld PIP' : `versie ${r.pipVersion}`);
    row('Aanwezig', r.attendees);
    row('Tolk', r.interpreter ?? 'geen');
    doc.moveDown(0.3).fontSize(9).text('Voortgangsgesprek zoals vastgelegd in het PIP (artikel 5.3, vierde lid, Besluit inburgering 2021).').fontSize(10);

    heading('Verslag per thema');
    for (const key of keysOf(progressThemeLabels)) {
      doc.font('Helvetica-Bold').text(progressThemeLabels[key]).font('Helvetica');
      doc.text(r.report[key]?.trim() || 'Niet besproken.').moveDown(0.3);
    }
    if (r.hasSensitiveParts) doc.fontSize(9).text('Over gezondheid en gezin is ook gesproken; dat staat als bijzonder persoonsgegeven alleen in het dossier, niet in dit verslag.').fontSize(10);

    heading('Rapportages van aanbieders sinds het vorige gesprek');
    if (r.providerReports.length === 0) doc.text('Geen rapportages van aanbieders ontvangen sinds het vorige gesprek.');
    for (const p of r.providerReports) doc.text(`${dutchDate(p.reportedOn)}, ${p.providerName}: ${p.text}`).moveDown(0.2);

    heading('Uitkomst');
    row('Uitkomst', progressOutcomeLabel(r.outcome));
    if (r.outcomeReason) row('Toelichting', r.outcomeReason);
    if (r.referral) row('Doorverwezen naar', `${r.referral.organisationName} — ${r.referral.reason}`);
    doc.moveDown(1).text(`Opgesteld door ${r.authorName}.`);
    doc.end();
  });
}
