// The Z-route ledger (R14): 800 course hours and 800 activity hours, with the MAP, PVT and intake hours
// counted, what remains, and the rules core's explanation step by step.
import {
  Heading3,
  OrderedList,
  OrderedListItem,
  Paragraph,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import type { CaseParticipatie } from '../../../../api/participatie.ts';
import { ScrollTable } from '../../../../components/ScrollTable.tsx';
import { formatDate } from '../../../../format/dates.ts';

export function ZrouteLedger({ data }: { data: Pick<CaseParticipatie, 'ledger' | 'routeLabel'> }) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'nl';
  return (
    <section aria-labelledby="zroute-heading" className="koers-panel" data-testid="zroute-ledger">
      <Heading3 id="zroute-heading">{t('participatie.ledger.title')}</Heading3>
      {data.ledger === null ? (
        <Paragraph>
          {data.routeLabel === null ? t('participatie.ledger.noPip') : t('participatie.ledger.notZ', { route: data.routeLabel })}
        </Paragraph>
      ) : (
        <>
          <Paragraph data-testid="zroute-summary">{data.ledger.summary}</Paragraph>
          <ScrollTable captionId="zroute-caption" testId="zroute-table" caption={t('participatie.ledger.caption')}>
            <TableHeader>
              <TableRow>
                <TableHeaderCell scope="col">{t('participatie.ledger.part')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('participatie.ledger.norm')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('participatie.ledger.counted')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('participatie.ledger.remaining')}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              <TableRow>
                <TableHeaderCell scope="row">{t('participatie.ledger.course')}</TableHeaderCell>
                <TableCell>800</TableCell>
                <TableCell>{data.ledger.courseHours}</TableCell>
                <TableCell>{data.ledger.courseHoursRemaining}</TableCell>
              </TableRow>
              <TableRow>
                <TableHeaderCell scope="row">{t('participatie.ledger.activities')}</TableHeaderCell>
                <TableCell>{data.ledger.activityHoursRemaining === null ? t('participatie.ledger.noNorm') : 800}</TableCell>
                <TableCell>
                  {t('participatie.ledger.activityParts', {
                    activities: data.ledger.activityHours,
                    map: data.ledger.mapHours,
                    pvt: data.ledger.pvtHours,
                  })}
                  {data.ledger.intakeHours > 0 ? ` ${t('participatie.ledger.intakePart', { intake: data.ledger.intakeHours })}` : null}
                </TableCell>
                <TableCell>{data.ledger.activityHoursRemaining ?? '—'}</TableCell>
              </TableRow>
            </TableBody>
          </ScrollTable>
          <Paragraph>{t('participatie.ledger.participationHours', { hours: data.ledger.participationHours })}</Paragraph>
          <Heading3 id="zroute-why">{t('participatie.ledger.why')}</Heading3>
          <OrderedList aria-labelledby="zroute-why" data-testid="zroute-steps">
            {data.ledger.steps.map((s) => (
              <OrderedListItem key={s.text}>
                {s.text} <span className="koers-muted">({s.articles.join('; ')})</span>
              </OrderedListItem>
            ))}
          </OrderedList>
          {data.ledger.completedOn ? (
            <Paragraph>{t('participatie.ledger.completed', { date: formatDate(data.ledger.completedOn, language) })}</Paragraph>
          ) : null}
        </>
      )}
    </section>
  );
}
