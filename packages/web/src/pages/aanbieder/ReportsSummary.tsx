// What a provider reported on one placement: hours per lesson category, the attendance weeks, the
// latest level per skill with its trend, interim reports and exam registrations. Shown in the case
// file (traject part) and on the provider's own screen. Labels come from the server.
import {
  DataList,
  DataListItem,
  DataListKey,
  DataListValue,
  Heading5,
  Paragraph,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { trends, type PlacementReports } from '../../api/aanbieder.ts';
import { ScrollTable } from '../../components/ScrollTable.tsx';
import { formatDate } from '../../format/dates.ts';
import { isOneOf } from '@koers/domain';

type Trend = (typeof trends)[number];
const isTrend = (value: string): value is Trend => isOneOf(trends, value);

/** The last assessed level per skill, with its trend. */
function LevelsTable({ idPrefix, levels, language }: { idPrefix: string; levels: PlacementReports['levels']; language: string }) {
  const { t } = useTranslation();
  return (
    <ScrollTable captionId={`${idPrefix}-levels`} testId="aanbieder-levels" caption={t('aanbieder.reports.levelsCaption')}>
      <TableHeader>
        <TableRow>
          <TableHeaderCell scope="col">{t('aanbieder.reports.skill')}</TableHeaderCell>
          <TableHeaderCell scope="col">{t('aanbieder.reports.level')}</TableHeaderCell>
          <TableHeaderCell scope="col">{t('aanbieder.reports.assessedOn')}</TableHeaderCell>
          <TableHeaderCell scope="col">{t('aanbieder.reports.trend')}</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {levels.map((l) => (
          <TableRow key={l.skill}>
            <TableCell>{l.label}</TableCell>
            <TableCell>{l.level}</TableCell>
            <TableCell>{formatDate(l.assessedOn, language)}</TableCell>
            <TableCell>{isTrend(l.trend) ? t(`aanbieder.trend.${l.trend}`) : '—'}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </ScrollTable>
  );
}

export function ReportsSummary({ idPrefix, reports }: { idPrefix: string; reports: PlacementReports }) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'nl';
  const nothing =
    reports.weeks.length === 0 &&
    reports.levels.length === 0 &&
    reports.interimReports.length === 0 &&
    reports.examRegistrations.length === 0;
  if (nothing)
    return (
      <Paragraph className="koers-muted" data-testid="aanbieder-reports-empty">
        {t('aanbieder.reports.none')}
      </Paragraph>
    );
  return (
    <div data-testid="aanbieder-reports">
      {reports.lastReportOn ? (
        <Paragraph>{t('aanbieder.reports.lastReportOn', { date: formatDate(reports.lastReportOn, language) })}</Paragraph>
      ) : null}
      <Heading5>{t('aanbieder.reports.hoursHeading')}</Heading5>
      <DataList className="koers-case-data" data-testid="aanbieder-hours">
        {reports.hoursByCategory.map((line) => (
          <DataListItem key={line.category}>
            <DataListKey>{line.label}</DataListKey>
            <DataListValue>{t('aanbieder.reports.hours', { count: line.hours })}</DataListValue>
          </DataListItem>
        ))}
        <DataListItem>
          <DataListKey>{t('aanbieder.reports.totalHours')}</DataListKey>
          <DataListValue>{t('aanbieder.reports.hours', { count: reports.totalHours })}</DataListValue>
        </DataListItem>
      </DataList>
      {reports.weeks.length > 0 ? (
        <ScrollTable captionId={`${idPrefix}-weeks`} testId="aanbieder-weeks" caption={t('aanbieder.reports.weeksCaption')}>
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col">{t('aanbieder.reports.week')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('aanbieder.reports.attendance')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('aanbieder.reports.weekHours')}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {reports.weeks.map((w) => (
              <TableRow key={w.week}>
                <TableCell>{t('aanbieder.reports.weekOf', { date: formatDate(w.week, language) })}</TableCell>
                <TableCell>
                  {w.present ? t('aanbieder.reports.present') : t('aanbieder.reports.absent', { reason: w.absenceReasonLabel ?? '' })}
                </TableCell>
                <TableCell>{w.hours.length > 0 ? w.hours.map((h) => `${h.label}: ${h.hours}`).join(', ') : '—'}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </ScrollTable>
      ) : null}
      {reports.levels.length > 0 ? <LevelsTable idPrefix={idPrefix} levels={reports.levels} language={language} /> : null}
      {reports.interimReports.length > 0 ? (
        <>
          <Heading5>{t('aanbieder.reports.interimHeading')}</Heading5>
          {reports.interimReports.map((r) => (
            <DataList key={`${r.reportedOn}-${r.recommendation}`} className="koers-case-data">
              <DataListItem>
                <DataListKey>{t('aanbieder.reports.reportedOn')}</DataListKey>
                <DataListValue>{formatDate(r.reportedOn, language)}</DataListValue>
              </DataListItem>
              <DataListItem>
                <DataListKey>{t('aanbieder.reports.text')}</DataListKey>
                <DataListValue>{r.text}</DataListValue>
              </DataListItem>
              <DataListItem>
                <DataListKey>{t('aanbieder.reports.recommendation')}</DataListKey>
                <DataListValue>{r.recommendationLabel}</DataListValue>
              </DataListItem>
            </DataList>
          ))}
        </>
      ) : null}
      {reports.examRegistrations.length > 0 ? (
        <>
          <Heading5>{t('aanbieder.reports.examsHeading')}</Heading5>
          <ul data-testid="aanbieder-exams">
            {reports.examRegistrations.map((e) => (
              <li key={`${e.onderdeel}-${e.examOn}`}>
                {t('aanbieder.reports.exam', { name: e.label, date: formatDate(e.examOn, language) })}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </div>
  );
}
