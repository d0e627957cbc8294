// One violation in the handhaving section: its steps, the amounts as the rules core explains them,
// and the forms for its next step, the decision and the collection.
import { Heading3, Link, Paragraph, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { caseDocumentUrl } from '../../../api/documents.ts';
import type { Violation } from '../../../api/handhaving.ts';
import { ScrollTable } from '../../../components/ScrollTable.tsx';
import { ServerText } from '../../../components/ServerText.tsx';
import { formatDate } from '../../../format/dates.ts';
import { CollectionForm } from './CollectionForm.tsx';
import { DecisionForm } from './DecisionForm.tsx';
import { ExplanationList } from './ExplanationList.tsx';
import { euro } from './format.ts';
import { StepForm } from './StepForm.tsx';

export function ViolationBlock({
  caseId,
  violation: v,
  canWrite,
  canDecide,
  canCollect,
  language,
  onSaved,
}: {
  caseId: string;
  violation: Violation;
  canWrite: boolean;
  canDecide: boolean;
  canCollect: boolean;
  language: string;
  onSaved: (m: string) => void;
}) {
  const { t } = useTranslation();
  const headingId = `handhaving-${v.id}`;
  return (
    <article aria-labelledby={headingId} className="koers-panel" data-testid="violation">
      <Heading3 id={headingId}>
        {t('handhaving.violation.heading', { article: v.article, ground: '' })}
        <ServerText>{v.groundLabel}</ServerText>
      </Heading3>
      <Paragraph>
        {t('handhaving.violation.stage')}:{' '}
        <strong data-testid="violation-stage">
          <ServerText>{v.stageLabel}</ServerText>
        </strong>{' '}
        · {t('handhaving.violation.establishedOn')} {formatDate(v.establishedOn, language)} · {t('handhaving.violation.source')}:{' '}
        <ServerText>
          {v.source.kindLabel} — {v.source.description}
        </ServerText>
      </Paragraph>
      <Paragraph>
        {t('handhaving.violation.facts')}: <ServerText>{v.facts}</ServerText>
      </Paragraph>
      {v.state.bijstandLowered ? (
        <Paragraph data-testid="bijstand-lowered">
          {t('handhaving.violation.bijstandLowered', { date: formatDate(v.state.bijstandLowered.decisionOn, language) })}
        </Paragraph>
      ) : null}
      <StepsTable caseId={caseId} violation={v} headingId={headingId} language={language} />
      <ViolationAmounts violation={v} language={language} />
      {canWrite ? <StepForm key={`${v.id}-${v.version}`} caseId={caseId} violation={v} canDecide={canDecide} onSaved={onSaved} /> : null}
      {canDecide && v.nextSteps.some((s) => s.kind === 'besluit') ? (
        <DecisionForm key={`d-${v.id}-${v.version}`} caseId={caseId} violation={v} onSaved={onSaved} />
      ) : null}
      {canCollect && v.fine && v.fine.status !== 'vervallen' ? (
        <CollectionForm key={`c-${v.fine.id}-${v.fine.version}`} caseId={caseId} fine={v.fine} onSaved={onSaved} />
      ) : null}
    </article>
  );
}

/** The steps taken so far, each with its article and letter. */
function StepsTable({ caseId, violation: v, headingId, language }: { caseId: string; violation: Violation; headingId: string; language: string }) {
  const { t } = useTranslation();
  return (
    <ScrollTable captionId={`${headingId}-steps`} testId="violation-steps" caption={t('handhaving.violation.stepsCaption')}>
      <TableHeader>
        <TableRow>
          <TableHeaderCell scope="col">{t('handhaving.violation.date')}</TableHeaderCell>
          <TableHeaderCell scope="col">{t('handhaving.violation.step')}</TableHeaderCell>
          <TableHeaderCell scope="col">{t('handhaving.violation.article')}</TableHeaderCell>
          <TableHeaderCell scope="col">{t('handhaving.violation.by')}</TableHeaderCell>
          <TableHeaderCell scope="col">{t('handhaving.violation.letter')}</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {v.steps.map((s, i) => (
          <TableRow key={i}>
            <TableHeaderCell scope="row">{formatDate(s.occurredOn, language)}</TableHeaderCell>
            <TableCell>
              <ServerText>
                {s.label}
                {s.summary ? ` — ${s.summary}` : ''}
              </ServerText>
            </TableCell>
            <TableCell>
              <ServerText>{s.article ?? '—'}</ServerText>
            </TableCell>
            <TableCell>{s.authorName ?? '—'}</TableCell>
            <TableCell>
              {s.documentId ? (
                <Link
                  href={caseDocumentUrl(caseId, s.documentId)}
                  target="_blank"
                  rel="noreferrer"
                  aria-label={`${t('handhaving.violation.openLetter')}: ${s.label}, ${formatDate(s.occurredOn, language)}`}
                >
                  {t('handhaving.violation.openLetter')}
                </Link>
              ) : (
                '—'
              )}
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </ScrollTable>
  );
}

/** The proposed fine, the decision, the fine itself and a lowering on bezwaar or beroep. */
function ViolationAmounts({ violation: v, language }: { violation: Violation; language: string }) {
  const { t } = useTranslation();
  return (
    <>
      {v.proposal ? (
        <>
          <Paragraph data-testid="proposal-amount">
            <strong>{t('handhaving.violation.proposal', { amount: euro(v.proposal.amountCents, language) })}</strong>
            {v.state.voornemen && v.stage === 'voornemen'
              ? ` · ${t('handhaving.violation.zienswijzeBy', { date: formatDate(v.state.voornemen.zienswijzeBy, language) })}`
              : null}
          </Paragraph>
          <ExplanationList explanation={v.proposal.explanation} testId="proposal-explanation" />
        </>
      ) : null}
      {v.decisionPreview && v.decisionPreview.amountCents !== v.proposal?.amountCents ? (
        <>
          <Paragraph>{t('handhaving.violation.preview', { amount: euro(v.decisionPreview.amountCents, language) })}</Paragraph>
          <ExplanationList explanation={v.decisionPreview.explanation} />
        </>
      ) : null}
      {v.decision ? (
        <Paragraph data-testid="violation-decision">
          {v.decision.fine
            ? t('handhaving.violation.decisionFine', { date: formatDate(v.decision.on, language) })
            : t('handhaving.violation.decisionNoFine', { date: formatDate(v.decision.on, language), reason: v.decision.reason ?? '' })}{' '}
          · {t('handhaving.violation.preparedBy', { name: v.decision.preparedByName ?? '—' })} ·{' '}
          {t('handhaving.violation.decidedBy', { name: v.decision.decidedByName ?? '—' })}
          {v.state.beschikking?.newDeadline
            ? ` · ${t('handhaving.violation.newDeadline', { date: formatDate(v.state.beschikking.newDeadline, language) })}`
            : null}
        </Paragraph>
      ) : null}
      {v.fine ? (
        <Paragraph data-testid="violation-fine">
          {t('handhaving.violation.fine', { amount: euro(v.fine.amountCents, language), status: v.fine.statusLabel })} ·{' '}
          {t('handhaving.violation.collection', {
            status: v.fine.collectionStatusLabel,
            paid: euro(v.fine.paidCents, language),
            outstanding: euro(v.fine.outstandingCents, language),
          })}
        </Paragraph>
      ) : null}
      {v.state.bezwaar?.loweredFromCents || v.state.beroep?.loweredFromCents ? (
        <Paragraph data-testid="violation-lowered">
          {t('handhaving.violation.lowered', {
            from: euro(v.state.beroep?.loweredFromCents ?? v.state.bezwaar?.loweredFromCents ?? 0, language),
            to: euro(v.fine?.amountCents ?? v.state.beschikking?.amountCents ?? 0, language),
          })}
        </Paragraph>
      ) : null}
      {(v.state.bezwaar?.loweredFromCents || v.state.beroep?.loweredFromCents) && v.fine ? (
        <ExplanationList explanation={v.fine.computation} testId="violation-lowered-explanation" />
      ) : null}
    </>
  );
}
