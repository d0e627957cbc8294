import {
  Alert,
  ButtonGroup,
  Heading2,
  Heading3,
  Link,
  Paragraph,
  SecondaryActionButton,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { caseDocumentUrl } from '../../../api/documents.ts';
import { useCaseChanged, useHandhavingQuery } from '../../../api/caseQueries.ts';
import type { HandhavingOverview, Violation } from '../../../api/handhaving.ts';
import { useUser } from '../../../auth/AuthContext.tsx';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { Loading } from '../../../components/RequireAuth.tsx';
import { ScrollTable } from '../../../components/ScrollTable.tsx';
import { ServerText } from '../../../components/ServerText.tsx';
import { formatDate } from '../../../format/dates.ts';
import type { CasePartProps } from '../caseParts.ts';
import { CollectionForm } from '../handhaving/CollectionForm.tsx';
import { DecisionForm } from '../handhaving/DecisionForm.tsx';
import { DuoFinesPanel } from '../handhaving/DuoFinesPanel.tsx';
import { ExplanationList } from '../handhaving/ExplanationList.tsx';
import { StepForm } from '../handhaving/StepForm.tsx';
import { ViolationForm, type ViolationSource } from '../handhaving/ViolationForm.tsx';
import { useSearchParams } from 'react-router-dom';
import { euro } from '../handhaving/format.ts';

/** Handhaving (issue 14): violations with their steps, amounts explained by the server's rules core, the four-eyes decision, letters and collection. */
export function HandhavingSection({ caseId }: CasePartProps) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'nl';
  const user = useUser();
  const query = useHandhavingQuery(caseId);
  const changed = useCaseChanged(caseId);
  // Opened from a voortgangsgesprek whose outcome was "handhaving starten" (?gesprek=…&datum=…) or
  // from a placement's provider reports (?rapportage=<placement>&datum=<last report>).
  const [params] = useSearchParams();
  const meetingId = params.get('gesprek');
  const reportId = params.get('rapportage');
  const sourceOn = params.get('datum');
  const validOn = sourceOn !== null && /^\d{4}-\d{2}-\d{2}$/.test(sourceOn);
  const fromMeeting: ViolationSource | undefined = !validOn
    ? undefined
    : meetingId
      ? { kind: 'voortgangsgesprek', id: meetingId, description: t('handhaving.form.fromMeeting', { date: formatDate(sourceOn, language) }) }
      : reportId
        ? { kind: 'aanbiedersrapportage', id: reportId, description: t('handhaving.form.fromReport', { date: formatDate(sourceOn, language) }) }
        : undefined;
  const [adding, setAdding] = useState(fromMeeting !== undefined);
  const [notice, setNotice] = useState<string | null>(null);
  const noticeRef = useRef<HTMLParagraphElement>(null);
  const saved = (message: string) => {
    setAdding(false);
    setNotice(message);
    void changed('handhaving').then(() => noticeRef.current?.focus());
  };
  const data = query.data;

  return (
    <section aria-labelledby="handhaving-heading" data-testid="handhaving-section">
      <Heading2 id="handhaving-heading" tabIndex={-1}>
        {t('handhaving.title')}
      </Heading2>
      <Paragraph>{t('handhaving.intro')}</Paragraph>
      {notice ? (
        <Paragraph role="status" ref={noticeRef} tabIndex={-1} data-testid="handhaving-notice">
          {notice}
        </Paragraph>
      ) : null}
      {query.error ? (
        <>
          <ErrorAlert error={query.error} title={t('handhaving.loadError')} />
          <ButtonGroup>
            <SecondaryActionButton type="button" onClick={() => void query.refetch()}>
              {t('common.retry')}
            </SecondaryActionButton>
          </ButtonGroup>
        </>
      ) : !data ? (
        <Loading />
      ) : (
        <>
          <Term data={data} language={language} />
          <DuoFinesPanel caseId={caseId} data={data} canWrite={user.permissions.includes('case:write')} language={language} onSaved={saved} />
          {data.violations.length === 0 ? <Paragraph>{t('handhaving.empty')}</Paragraph> : null}
          {data.violations.map((v) => (
            <ViolationBlock
              key={v.id}
              caseId={caseId}
              violation={v}
              canWrite={user.permissions.includes('case:write')}
              canDecide={data.canDecide}
              canCollect={user.permissions.includes('finance:write')}
              language={language}
              onSaved={saved}
            />
          ))}
          {adding ? (
            <ViolationForm caseId={caseId} source={fromMeeting} onSaved={() => saved(t('handhaving.step.saved'))} onCancel={() => setAdding(false)} />
          ) : user.permissions.includes('case:write') ? (
            <ButtonGroup>
              <SecondaryActionButton
                type="button"
                onClick={() => {
                  setNotice(null);
                  setAdding(true);
                }}
              >
                {t('handhaving.add')}
              </SecondaryActionButton>
            </ButtonGroup>
          ) : null}
        </>
      )}
    </section>
  );
}

function Term({ data, language }: { data: HandhavingOverview; language: string }) {
  const { t } = useTranslation();
  return (
    <div className="koers-panel" data-testid="handhaving-term">
      <Heading3>{t('handhaving.term.heading')}</Heading3>
      <Paragraph>
        {t('handhaving.term.cap', { amount: euro(data.term.capCents, language) })} ·{' '}
        {t('handhaving.term.imposed', { amount: euro(data.term.imposedCents, language) })} ·{' '}
        {t('handhaving.term.room', { amount: euro(data.term.roomCents, language) })}
      </Paragraph>
      <ExplanationList explanation={data.term.explanation} />
      {data.term.overCapCents > 0 ? (
        <Alert type="warning" className="koers-alert" data-testid="handhaving-over-cap">
          <Paragraph>{t('handhaving.term.overCap', { amount: euro(data.term.overCapCents, language) })}</Paragraph>
        </Alert>
      ) : null}
      <Paragraph data-testid="handhaving-outstanding">
        {t('handhaving.term.outstanding', { amount: euro(data.outstandingCents, language) })}
      </Paragraph>
      {data.duoFines.termEndExclusive ? (
        <Paragraph data-testid="handhaving-term-end">
          {t('handhaving.term.termEnd', { date: formatDate(data.duoFines.termEndExclusive, language) })}
        </Paragraph>
      ) : null}
    </div>
  );
}

function ViolationBlock({
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
