// The report of an import job: progress, the counts, the rejected rows and the reconciliation with DUO.
import { ButtonGroup, DataList, DataListItem, DataListKey, DataListValue, Heading2, Paragraph, PrimaryActionButton, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import type { RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { retryReconciliation, type ImportJob } from '../../api/cases.ts';
import { ExportButtons } from '../../components/ExportButtons.tsx';
import { ScrollTable } from '../../components/ScrollTable.tsx';
import { ServerText } from '../../components/ServerText.tsx';

function RejectedRows({ job }: { job: ImportJob }) {
  const { t } = useTranslation();
  return (
    <ScrollTable captionId="import-rejected-caption" testId="import-rejected" caption={t('case.import.rejectedCaption')}>
      <TableHeader>
        <TableRow>
          {job.kind === 'caseload' ? <TableHeaderCell scope="col">{t('case.import.sheet')}</TableHeaderCell> : null}
          <TableHeaderCell scope="col">{t('case.import.row')}</TableHeaderCell>
          <TableHeaderCell scope="col">{t('case.import.field')}</TableHeaderCell>
          <TableHeaderCell scope="col">{t('case.import.reason')}</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {job.rejected.map((r, i) => (
          <TableRow key={`${r.row}-${r.field}-${i}`}>
            {job.kind === 'caseload' ? <TableCell>{r.sheet ?? ''}</TableCell> : null}
            <TableCell>{r.row}</TableCell>
            <TableCell>{r.field}</TableCell>
            <TableCell><ServerText>{r.reason}</ServerText></TableCell>
          </TableRow>
        ))}
      </TableBody>
    </ScrollTable>
  );
}

function Reconciliation({ job, onJob, onError }: { job: ImportJob; onJob: (job: ImportJob) => void; onError: (error: unknown) => void }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="import-reconciliation" data-testid="import-reconciliation">
      <Heading2 id="import-reconciliation">{t('case.import.reconciliation')}</Heading2>
      <Paragraph aria-live="polite">
        {t(`case.import.reconciliationState.${job.reconciliation.status}`)}.{' '}
        {t('case.import.reconciliationProgress', { done: job.reconciliation.done, total: job.reconciliation.total, differences: job.reconciliation.differences })}
      </Paragraph>
      {job.reconciliation.error ? <Paragraph>{job.reconciliation.error}</Paragraph> : null}
      {['uitgesteld', 'mislukt'].includes(job.reconciliation.status) ? (
        <ButtonGroup>
          <PrimaryActionButton type="button" onClick={() => void retryReconciliation(job.id).then(onJob, onError)}>
            {t('case.import.reconciliationRetry')}
          </PrimaryActionButton>
        </ButtonGroup>
      ) : null}
    </section>
  );
}

export function ImportReport({ job, reportRef, onJob, onError }: { job: ImportJob; reportRef: RefObject<HTMLHeadingElement | null>; onJob: (job: ImportJob) => void; onError: (error: unknown) => void }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="import-report" data-testid="import-report">
      <Heading2 id="import-report" ref={reportRef} tabIndex={-1}>
        {job.dryRun ? t('case.import.dryRunReport') : t('case.import.report')}
      </Heading2>
      <Paragraph>
        <label htmlFor="import-progress">{t('case.import.progress')}</label>{' '}
        <progress id="import-progress" max={Math.max(job.total, 1)} value={job.processed} />{' '}
        <span aria-live="polite">{t('case.import.progressText', { processed: job.processed, total: job.total })}</span>
      </Paragraph>
      {job.status === 'mislukt' ? <Paragraph>{job.error ?? t('case.import.failed')}</Paragraph> : null}
      <DataList>
        {(
          [
            ['total', job.total],
            [job.dryRun ? 'wouldCreate' : 'created', job.created],
            [job.dryRun ? 'wouldUpdate' : 'updated', job.updated],
            ['unchanged', job.unchanged],
            ['rejectedCount', job.rejectedCount],
          ] as const
        ).map(([key, value]) => (
          <DataListItem key={key}>
            <DataListKey>{t(`case.import.${key}`)}</DataListKey>
            <DataListValue data-testid={`import-${key}`}>{value}</DataListValue>
          </DataListItem>
        ))}
      </DataList>
      {job.status !== 'bezig' && job.rejected.length === 0 ? <Paragraph>{t('case.import.noRejections')}</Paragraph> : null}
      {job.rejected.length > 0 && job.status !== 'bezig' ? <ExportButtons what={t('case.import.rejectedCaption')} testId="import-rejected-export" urlFor={(format) => `/api/imports/${encodeURIComponent(job.id)}/afgewezen/export?format=${format}`} /> : null}
      {job.rejected.length > 0 ? <RejectedRows job={job} /> : null}
      {!job.dryRun && job.reconciliation.status !== 'n.v.t.' ? <Reconciliation job={job} onJob={onJob} onError={onError} /> : null}
    </section>
  );
}
