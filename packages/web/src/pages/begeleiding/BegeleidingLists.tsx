// What the begeleiding shows, the same for the begeleider's own screen and the regisseur's case
// part: contacts, the zelfredzaamheid trend, the problems signalled and the period (ADR 0149).
import { DataList, DataListItem, DataListKey, DataListValue, Paragraph, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Begeleiding, BegeleidingProblem } from '../../api/begeleiding.ts';
import { ScrollTable } from '../../components/ScrollTable.tsx';
import { formatDate } from '../../format/dates.ts';

export function ContactList({ begeleiding, idPrefix }: { begeleiding: Begeleiding; idPrefix: string }) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'nl';
  if (begeleiding.contacts.length === 0) return <Paragraph data-testid="begeleiding-contacts-empty">{t('begeleiding.contact.none')}</Paragraph>;
  return (
    <ScrollTable captionId={`${idPrefix}-contacts-caption`} caption={t('begeleiding.contact.caption', { count: begeleiding.contacts.length })} testId="begeleiding-contacts">
      <TableHeader>
        <TableRow>
          <TableHeaderCell scope="col">{t('begeleiding.contact.date')}</TableHeaderCell>
          <TableHeaderCell scope="col">{t('begeleiding.contact.kind')}</TableHeaderCell>
          <TableHeaderCell scope="col">{t('begeleiding.contact.minutes')}</TableHeaderCell>
          <TableHeaderCell scope="col">{t('begeleiding.contact.topic')}</TableHeaderCell>
          <TableHeaderCell scope="col">{t('begeleiding.contact.text')}</TableHeaderCell>
          <TableHeaderCell scope="col">{t('begeleiding.contact.by')}</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {begeleiding.contacts.map((c) => (
          <TableRow key={c.id}>
            <TableCell>{formatDate(c.contactOn, language)}</TableCell>
            <TableCell>{c.kindLabel}</TableCell>
            <TableCell>{c.minutes}</TableCell>
            <TableCell>{c.topicLabel}</TableCell>
            <TableCell>{c.text ?? <span className="koers-muted">{t('begeleiding.contact.hidden')}</span>}</TableCell>
            <TableCell>{c.createdByName ?? '—'}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </ScrollTable>
  );
}

/** The trend as a table: one row per life domain, one column per measurement date, and the change. */
export function ZrmTrendTable({ begeleiding, idPrefix }: { begeleiding: Begeleiding; idPrefix: string }) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'nl';
  const { trend, matrix } = begeleiding;
  const scaleText = matrix.scale.map((label, i) => `${i + 1} ${label.toLowerCase()}`).join(', ');
  if (trend.dates.length === 0) return <Paragraph data-testid="begeleiding-zrm-empty">{t('begeleiding.zrm.none')}</Paragraph>;
  const scored = trend.rows.filter((r) => r.scores.some((s) => s !== null));
  return (
    <>
      <Paragraph>{t('begeleiding.zrm.scale', { scale: scaleText })}</Paragraph>
      <ScrollTable captionId={`${idPrefix}-zrm-caption`} caption={t('begeleiding.zrm.caption')} testId="begeleiding-zrm-trend">
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">{t('begeleiding.zrm.domain')}</TableHeaderCell>
            {trend.dates.map((d) => (
              <TableHeaderCell scope="col" key={d}>
                {formatDate(d, language)}
              </TableHeaderCell>
            ))}
            <TableHeaderCell scope="col">{t('begeleiding.zrm.change')}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {scored.map((r) => (
            <TableRow key={r.domain}>
              <TableHeaderCell scope="row">{r.label}</TableHeaderCell>
              {r.scores.map((s, i) => (
                <TableCell key={trend.dates[i] ?? i}>{s === null ? '—' : `${s} (${matrix.scale[s - 1] ?? ''})`}</TableCell>
              ))}
              <TableCell>{r.change === null ? '—' : r.change > 0 ? `+${r.change}` : String(r.change)}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </ScrollTable>
    </>
  );
}

export function ProblemList({ begeleiding, idPrefix, action }: { begeleiding: Begeleiding; idPrefix: string; action?: (problem: BegeleidingProblem) => ReactNode }) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'nl';
  if (begeleiding.problems.length === 0) return <Paragraph data-testid="begeleiding-problems-empty">{t('begeleiding.problem.none')}</Paragraph>;
  return (
    <ScrollTable captionId={`${idPrefix}-problems-caption`} caption={t('begeleiding.problem.caption', { count: begeleiding.problems.length })} testId="begeleiding-problems">
      <TableHeader>
        <TableRow>
          <TableHeaderCell scope="col">{t('begeleiding.problem.reportedOn')}</TableHeaderCell>
          <TableHeaderCell scope="col">{t('begeleiding.problem.text')}</TableHeaderCell>
          <TableHeaderCell scope="col">{t('begeleiding.problem.by')}</TableHeaderCell>
          <TableHeaderCell scope="col">{t('begeleiding.problem.status')}</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {begeleiding.problems.map((p) => (
          <TableRow key={p.id}>
            <TableCell>{formatDate(p.reportedOn, language)}</TableCell>
            <TableCell>{p.text ?? <span className="koers-muted">{t('begeleiding.contact.hidden')}</span>}</TableCell>
            <TableCell>{p.reportedByName ?? '—'}</TableCell>
            <TableCell>
              {p.status === 'open' ? p.statusLabel : t('begeleiding.problem.handledOn', { date: formatDate(p.handledOn, language) })}
              {p.handledNote ? <div>{p.handledNote}</div> : null}
              {p.status === 'open' && action ? action(p) : null}
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </ScrollTable>
  );
}

export function PeriodSummary({ begeleiding }: { begeleiding: Begeleiding }) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'nl';
  const period = begeleiding.period;
  if (!period) return <Paragraph data-testid="begeleiding-period-none">{t('begeleiding.period.none')}</Paragraph>;
  return (
    <DataList className="koers-case-data" data-testid="begeleiding-period">
      <DataListItem>
        <DataListKey>{t('begeleiding.period.started')}</DataListKey>
        <DataListValue>{formatDate(period.startedOn, language)}</DataListValue>
      </DataListItem>
      <DataListItem>
        <DataListKey>{t('begeleiding.period.expectedEnd')}</DataListKey>
        <DataListValue>{formatDate(period.expectedEndOn, language)}</DataListValue>
      </DataListItem>
      {period.endedOn ? (
        <DataListItem>
          <DataListKey>{t('begeleiding.period.ended')}</DataListKey>
          <DataListValue>{formatDate(period.endedOn, language)}</DataListValue>
        </DataListItem>
      ) : null}
    </DataList>
  );
}
