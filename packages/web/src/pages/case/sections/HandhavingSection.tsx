import {
  Alert,
  ButtonGroup,
  Heading2,
  Heading3,
  Paragraph,
  SecondaryActionButton,
} from '@utrecht/component-library-react';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCaseChanged, useHandhavingQuery } from '../../../api/caseQueries.ts';
import type { HandhavingOverview } from '../../../api/handhaving.ts';
import { useUser } from '../../../auth/AuthContext.tsx';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { Loading } from '../../../components/RequireAuth.tsx';
import { formatDate } from '../../../format/dates.ts';
import type { CasePartProps } from '../caseParts.ts';
import { DuoFinesPanel } from '../handhaving/DuoFinesPanel.tsx';
import { ExplanationList } from '../handhaving/ExplanationList.tsx';
import { ViolationBlock } from '../handhaving/ViolationBlock.tsx';
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
