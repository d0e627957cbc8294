import { Paragraph, SecondaryActionButton, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { reviewExamResult, type EindeOverview, type ExamResult } from '../../../../api/einde.ts';
import { ErrorAlert } from '../../../../components/ErrorAlert.tsx';
import { ScrollTable } from '../../../../components/ScrollTable.tsx';
import { formatDate } from '../../../../format/dates.ts';

/** DUO's exam results; a new one is marked reviewed by the case manager (it then leaves the werkvoorraad). */
export function ExamResultsTable({ caseId, results, canWrite, onSaved }: { caseId: string; results: ExamResult[]; canWrite: boolean; onSaved: (next: EindeOverview) => void }) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'nl';
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<{ id: string; error: unknown } | null>(null);

  async function review(r: ExamResult) {
    setBusy(r.id);
    setError(null);
    try {
      onSaved(await reviewExamResult(caseId, r.id, r.version));
    } catch (caught) {
      setError({ id: r.id, error: caught });
    } finally {
      setBusy(null);
    }
  }

  if (results.length === 0) return <Paragraph>{t('einde.exams.none')}</Paragraph>;
  return (
    <ScrollTable captionId="einde-exams-caption" testId="einde-exam-results" caption={t('einde.exams.caption', { count: results.length })}>
      <TableHeader>
        <TableRow>
          <TableHeaderCell scope="col">{t('einde.exams.part')}</TableHeaderCell>
          <TableHeaderCell scope="col">{t('einde.exams.level')}</TableHeaderCell>
          <TableHeaderCell scope="col">{t('einde.exams.result')}</TableHeaderCell>
          <TableHeaderCell scope="col">{t('einde.exams.date')}</TableHeaderCell>
          <TableHeaderCell scope="col">{t('einde.exams.review')}</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {results.map((r) => (
          <TableRow key={r.id} data-exam-part={r.onderdeel}>
            <TableHeaderCell scope="row">{r.onderdeelLabel}</TableHeaderCell>
            <TableCell>{r.niveau ?? '—'}</TableCell>
            <TableCell>{r.resultaatLabel}</TableCell>
            <TableCell>{formatDate(r.examendatum, language)}</TableCell>
            <TableCell>
              {r.reviewedAt ? (
                t('einde.exams.reviewedOn', { date: formatDate(r.reviewedAt.slice(0, 10), language) })
              ) : canWrite ? (
                <>
                  <SecondaryActionButton type="button" busy={busy === r.id} disabled={busy !== null} onClick={() => void review(r)} aria-label={t('einde.exams.markReviewedFor', { part: r.onderdeelLabel })}>
                    {t('einde.exams.markReviewed')}
                  </SecondaryActionButton>
                  {error?.id === r.id ? <ErrorAlert error={error.error} /> : null}
                </>
              ) : (
                t('einde.exams.notReviewed')
              )}
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </ScrollTable>
  );
}
