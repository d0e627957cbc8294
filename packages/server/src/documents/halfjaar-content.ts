// What the half-year report says, once for both forms (PDF and DOCX, ADR 0142): the title, the
// introduction with the small-count rule, and per section its text and its numbers.
import { aggregateValueText, formatDutchDate } from '@koers/domain';
import type { HalfjaarReport } from '../use-cases/sturing/get-halfjaar.ts';

export interface HalfjaarContent {
  title: string;
  subtitle: string;
  introduction: string;
  sections: { title: string; text: string | null; rows: { label: string; value: string }[] }[];
  footer: string;
}

export function halfjaarContent(report: HalfjaarReport, producedOn: string): HalfjaarContent {
  return {
    title: `Halfjaarrapportage inburgering ${report.gemeente.name}`,
    subtitle: `${report.label.charAt(0).toUpperCase()}${report.label.slice(1)} (${formatDutchDate(report.period.from)} tot en met ${formatDutchDate(report.period.to)})`,
    introduction:
      `Deze rapportage laat zien hoe de gemeente ${report.gemeente.name} de Wet inburgering 2021 in deze periode heeft uitgevoerd. ` +
      `De aantallen gaan over inburgeringsplichtigen onder de Wet inburgering 2021; de ondertussengroep (Wet inburgering 2013) telt niet mee. ` +
      `Aantallen van 1 tot ${report.threshold} staan er niet in, zodat niemand herkenbaar is; ook een aantal waaruit met een totaal zo'n klein aantal terug te rekenen is, staat er niet in. Er staat dan "niet getoond".`,
    sections: report.sections.map((s) => ({
      title: s.title,
      text: s.text.trim() === '' ? null : s.text.trim(),
      rows: s.rows.map((r) => ({ label: r.label, value: aggregateValueText(r.value, report.threshold) })),
    })),
    footer: `Gemaakt met Koers op ${formatDutchDate(producedOn)} uit de registratie van de gemeente.`,
  };
}
