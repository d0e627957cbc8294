// The maatschappelijke begeleiding part of the case file (R17, ADR 0149): what the begeleider
// recorded — contacts, the zelfredzaamheid trend, problems signalled (handled here), the period.
import { ButtonGroup, Heading2, Heading3, Paragraph, SecondaryActionButton } from '@utrecht/component-library-react';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { handleProblem, setPeriodAsRegisseur, type BegeleidingProblem } from '../../../api/begeleiding.ts';
import { useBegeleidingQuery, useCaseChanged } from '../../../api/caseQueries.ts';
import { useUser } from '../../../auth/AuthContext.tsx';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { Loading } from '../../../components/RequireAuth.tsx';
import { ActionNotice } from '../../../components/RowAction.tsx';
import { formatDate } from '../../../format/dates.ts';
import { ContactList, PeriodSummary, ProblemList, ZrmTrendTable } from '../../begeleiding/BegeleidingLists.tsx';
import { PeriodForm } from '../../begeleiding/PeriodForm.tsx';
import type { CasePartProps } from '../caseParts.ts';

export function BegeleidingSection({ caseId }: CasePartProps) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'nl';
  const user = useUser();
  const canWrite = user.permissions.includes('case:write');
  const { data, error } = useBegeleidingQuery(caseId);
  const caseChanged = useCaseChanged(caseId);
  const [editingPeriod, setEditingPeriod] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const [actionError, setActionError] = useState<unknown>(null);
  const noticeRef = useRef<HTMLParagraphElement>(null);

  const changed = (message: string) => {
    setEditingPeriod(false);
    setActionError(null);
    setNotice(message);
    void caseChanged('begeleiding').then(() => requestAnimationFrame(() => noticeRef.current?.focus()));
  };

  async function handle(problem: BegeleidingProblem) {
    setActionError(null);
    try {
      await handleProblem(caseId, problem.id, { version: problem.version });
      changed(t('begeleiding.problem.handled'));
    } catch (caught) {
      setActionError(caught);
    }
  }

  return (
    <section aria-labelledby="begeleiding-heading" data-testid="begeleiding-section">
      <Heading2 id="begeleiding-heading" tabIndex={-1}>
        {t('begeleiding.part.title')}
      </Heading2>
      <Paragraph>{t('begeleiding.part.intro')}</Paragraph>
      <ActionNotice testId="begeleiding-part-notice" notice={notice} noticeRef={noticeRef} actionError={actionError} />
      {error ? (
        <ErrorAlert error={error} headingLevel={3} />
      ) : !data ? (
        <Loading />
      ) : (
        <>
          {!data.textsVisible ? <Paragraph data-testid="begeleiding-texts-hidden">{t('begeleiding.part.textsHidden')}</Paragraph> : null}
          <Heading3>{t('begeleiding.period.heading')}</Heading3>
          <PeriodSummary begeleiding={data} />
          {canWrite ? (
            <>
              <ButtonGroup>
                <SecondaryActionButton type="button" aria-expanded={editingPeriod} onClick={() => setEditingPeriod(!editingPeriod)}>
                  {data.period ? t('begeleiding.period.change') : t('begeleiding.period.start')}
                </SecondaryActionButton>
              </ButtonGroup>
              {editingPeriod ? <PeriodForm idPrefix="begeleiding-part" begeleiding={data} save={(input) => setPeriodAsRegisseur(caseId, input)} onSaved={() => changed(t('begeleiding.period.saved'))} /> : null}
            </>
          ) : null}
          <Heading3>{t('begeleiding.problem.caption', { count: data.problems.length })}</Heading3>
          <ProblemList
            begeleiding={data}
            idPrefix="begeleiding-part"
            action={
              canWrite
                ? (p) => (
                    <ButtonGroup>
                      <SecondaryActionButton type="button" aria-label={t('begeleiding.problem.handleLabel', { date: formatDate(p.reportedOn, language) })} onClick={() => void handle(p)}>
                        {t('begeleiding.problem.handle')}
                      </SecondaryActionButton>
                    </ButtonGroup>
                  )
                : undefined
            }
          />
          <Heading3>{t('begeleiding.zrm.heading')}</Heading3>
          <ZrmTrendTable begeleiding={data} idPrefix="begeleiding-part" />
          <Heading3>{t('begeleiding.contact.heading')}</Heading3>
          <ContactList begeleiding={data} idPrefix="begeleiding-part" />
        </>
      )}
    </section>
  );
}
