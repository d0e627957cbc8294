import { ButtonGroup, Heading2, Paragraph, PrimaryActionButton, SecondaryActionButton } from '@utrecht/component-library-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCaseChanged, usePipQuery } from '../../../api/caseQueries.ts';
import { createPipDraft } from '../../../api/pip.ts';
import { useUser } from '../../../auth/AuthContext.tsx';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { Loading } from '../../../components/RequireAuth.tsx';
import { PipChangeForm } from '../pip/PipChangeForm.tsx';
import { PipDraftForm } from '../pip/PipDraftForm.tsx';
import { PipSummary } from '../pip/PipSummary.tsx';
import { PipVersions } from '../pip/PipVersions.tsx';
import { PipWithdrawForm } from '../pip/PipWithdrawForm.tsx';
import { ThirdPartyInfoForm } from '../pip/ThirdPartyInfoForm.tsx';

import type { CasePartProps } from '../caseParts.ts';

/** The PIP (beschikking) of a case: summary with deadline and termijn, the concept with its DUO pre-validation, versions, changes and bezwaar. */
export function PipSection({ caseId }: Pick<CasePartProps, 'caseId'>) {
  const { t } = useTranslation();
  const user = useUser();
  const canWrite = user.permissions.includes('case:write');
  const { data: overview, error, refetch } = usePipQuery(caseId);
  const caseChanged = useCaseChanged(caseId);
  const [actionError, setActionError] = useState<unknown>(null);
  const [changing, setChanging] = useState(false);
  const [withdrawing, setWithdrawing] = useState(false);
  const [busy, setBusy] = useState(false);

  /** After a PIP write: refresh this part and everything a PIP moves (status, termijn, documents, DUO), then focus. */
  const load = async (focusId?: string) => {
    await caseChanged('pip');
    if (focusId) requestAnimationFrame(() => document.getElementById(focusId)?.focus());
  };

  async function startDraft() {
    setBusy(true);
    setActionError(null);
    try {
      await createPipDraft(caseId);
      await load('pip-draft-heading');
    } catch (caught) {
      setActionError(caught);
    } finally {
      setBusy(false);
    }
  }

  return (
    <section aria-labelledby="pip-heading" className="koers-pip" data-testid="pip-section">
      <Heading2 id="pip-heading" tabIndex={-1}>
        {t('pip.title')}
      </Heading2>
      {error ? (
        <>
          <ErrorAlert error={error} title={t('pip.loadError')} />
          <ButtonGroup>
            <SecondaryActionButton type="button" onClick={() => void refetch()}>
              {t('common.retry')}
            </SecondaryActionButton>
          </ButtonGroup>
        </>
      ) : !overview ? (
        <Loading />
      ) : (
        <>
          <PipSummary overview={overview} />
          {actionError ? <ErrorAlert error={actionError} /> : null}
          {overview.draft ? (
            <PipDraftForm key={overview.draft.id} caseId={caseId} draft={overview.draft} overview={overview} canWrite={canWrite} onChanged={(focus) => void load(focus)} />
          ) : canWrite && !overview.current ? (
            <div className="koers-pip-block">
              <Paragraph>{t('pip.draft.createHint')}</Paragraph>
              <ButtonGroup>
                <PrimaryActionButton type="button" busy={busy} disabled={busy} onClick={() => void startDraft()}>
                  {t('pip.draft.create')}
                </PrimaryActionButton>
              </ButtonGroup>
            </div>
          ) : null}
          {canWrite && overview.current && !overview.draft ? (
            changing ? (
              <PipChangeForm
                caseId={caseId}
                current={overview.current}
                onCancel={() => setChanging(false)}
                onCreated={() => {
                  setChanging(false);
                  void load('pip-draft-heading');
                }}
              />
            ) : withdrawing ? (
              <PipWithdrawForm
                caseId={caseId}
                current={overview.current}
                previousVersion={overview.versions.filter((v) => v.status === 'gewijzigd').reduce<number | null>((max, v) => Math.max(max ?? 0, v.version), null)}
                onCancel={() => setWithdrawing(false)}
                onWithdrawn={() => {
                  setWithdrawing(false);
                  void load('pip-versions-heading');
                }}
              />
            ) : (
              <ButtonGroup>
                <SecondaryActionButton type="button" onClick={() => setChanging(true)}>
                  {t('pip.change.button')}
                </SecondaryActionButton>
                <SecondaryActionButton type="button" onClick={() => setWithdrawing(true)}>
                  {t('pip.withdraw.button')}
                </SecondaryActionButton>
              </ButtonGroup>
            )
          ) : null}
          {!overview.current ? <ThirdPartyInfoForm caseId={caseId} info={overview.thirdPartyInfo} canWrite={canWrite} onSaved={() => void load()} /> : null}
          <PipVersions caseId={caseId} overview={overview} canWrite={canWrite} onChanged={() => void load()} />
        </>
      )}
    </section>
  );
}
