// Parts of the half-year report on /rapportages/verslagen: one section's numbers, and the monitoring exports.
import { Heading2, Heading3, Paragraph, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { aggregateExportUrl, type HalfjaarReport } from '../../api/verslagen.ts';
import { ExportButtons } from '../../components/ExportButtons.tsx';
import { ScrollTable } from '../../components/ScrollTable.tsx';
import { ServerText } from '../../components/ServerText.tsx';

export function SectionTable({ section: s, threshold }: { section: HalfjaarReport['sections'][number]; threshold: number }) {
  const { t } = useTranslation();
  return (
  <ScrollTable captionId={`halfjaar-${s.key}-caption`} testId={`halfjaar-table-${s.key}`} caption={t('verslagen.tableCaption', { section: s.title })}>
    <TableHeader>
      <TableRow>
        <TableHeaderCell scope="col">{t('verslagen.subject')}</TableHeaderCell>
        <TableHeaderCell scope="col">{t('verslagen.count')}</TableHeaderCell>
      </TableRow>
    </TableHeader>
    <TableBody>
      {s.rows.map((r) => (
        <TableRow key={r.code}>
          <TableHeaderCell scope="row">
            <ServerText>{r.label}</ServerText>
          </TableHeaderCell>
          <TableCell>{r.value === null ? t('verslagen.lessThan', { threshold: threshold }) : r.value}</TableCell>
        </TableRow>
      ))}
    </TableBody>
  </ScrollTable>
  );
}

export function MonitoringSection({ report, period }: { report: HalfjaarReport; period: string }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="verslagen-monitoring-heading" className="koers-panel" data-testid="monitoring">
      <Heading2 id="verslagen-monitoring-heading">{t('verslagen.monitoringTitle')}</Heading2>
      <Paragraph>
        {t('verslagen.monitoringIntro')} {period}
      </Paragraph>
      <Heading3>{t('verslagen.monitoringSet')}</Heading3>
      <ExportButtons what={t('verslagen.monitoringSet')} testId="export-monitoring" urlFor={(format) => aggregateExportUrl('monitoring', report.gemeente.id, report.period.from, report.period.to, format)} />
      <Heading3>{t('verslagen.benchmark')}</Heading3>
      <ExportButtons what={t('verslagen.benchmark')} testId="export-benchmark" urlFor={(format) => aggregateExportUrl('benchmark-statushouders', report.gemeente.id, report.period.from, report.period.to, format)} />
    </section>
  );
}
