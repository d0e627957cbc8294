import { Alert, ButtonGroup, Heading2, Heading3, Paragraph, SecondaryActionButton, UnorderedList, UnorderedListItem } from '@utrecht/component-library-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseDetail } from '../../../api/cases.ts';
import { closeReasons, type CloseResult } from '../../../api/case-closing.ts';
import { useCaseChanged, useClosingQuery } from '../../../api/caseQueries.ts';
import { useUser } from '../../../auth/AuthContext.tsx';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { Loading } from '../../../components/RequireAuth.tsx';
import { formatDate } from '../../../format/dates.ts';
import { isOneOf } from '@koers/domain';
import { Household, Moves } from './afsluiten/CaseLinks.tsx';
import { CloseForm, ReopenForm } from './afsluiten/CloseForms.tsx';

const knownReason = (code: string | null) => isOneOf(closeReasons, code);

type ClosedFields = Pick<CaseDetail, 'status' | 'closedOn' | 'closedReason' | 'closedReasonCode'>;

function useClosedReason(kase: ClosedFields): string {
  const { t } = useTranslation();
  const code = kase.closedReasonCode ?? null;
  return knownReason(code) ? t(`afsluiten.reason.${code}`) : (kase.closedReason ?? t('afsluiten.banner.unknownReason'));
}

/** The banner of a closed case at the top of the case file: why and since when; what stays possible. */
export function ClosedBanner({ kase }: { kase: ClosedFields }) {
  const { t, i18n } = useTranslation();
  const reason = useClosedReason(kase);
  if (kase.status !== 'gesloten') return null;
  return (
    <Alert type="warning" className="koers-alert" data-testid="closed-banner">
      <Heading3 className="koers-alert__title">{t('afsluiten.banner.title')}</Heading3>
      <Paragraph>
        {kase.closedOn ? t('afsluiten.banner.text', { date: formatDate(kase.closedOn, i18n.resolvedLanguage ?? 'nl'), reason }) : t('afsluiten.banner.textNoDate', { reason })}
      </Paragraph>
      {kase.closedReason && kase.closedReason !== reason ? <Paragraph>{kase.closedReason}</Paragraph> : null}
      <Paragraph>{t('afsluiten.banner.consequence')}</Paragraph>
    </Alert>
  );
}

/** In the section itself: the closing in one line (the banner is at the top of the case file). */
function ClosedLine({ kase }: { kase: ClosedFields }) {
  const { t, i18n } = useTranslation();
  const reason = useClosedReason(kase);
  return (
    <Paragraph data-testid="closed-line">
      {kase.closedOn ? t('afsluiten.banner.text', { date: formatDate(kase.closedOn, i18n.resolvedLanguage ?? 'nl'), reason }) : t('afsluiten.banner.textNoDate', { reason })}
    </Paragraph>
  );
}


/**
 * Household, moves and closing/reopening of a case: self-contained (loads the case and its links
 * itself), hooked into the case file as the section 'afsluiten'.
 */
export function AfsluitenSection({ caseId }: { caseId: string }) {
  const { t } = useTranslation();
  const user = useUser();
  const canWrite = user.permissions.includes('case:write');
  const { data, error } = useClosingQuery(caseId);
  const changed = useCaseChanged(caseId);
  const kase = data?.kase ?? null;
  const links = data?.links ?? null;
  const [mode, setMode] = useState<'view' | 'close' | 'reopen'>('view');
  const [result, setResult] = useState<CloseResult | null>(null);
  const [reopened, setReopened] = useState(false);


  return (
    <section aria-labelledby="afsluiten-heading" data-testid="afsluiten-section">
      <Heading2 id="afsluiten-heading" tabIndex={-1}>
        {t('afsluiten.title')}
      </Heading2>
      {error ? (
        <ErrorAlert error={error} headingLevel={3} />
      ) : !kase || !links ? (
        <Loading />
      ) : (
        <>
          {kase.status === 'gesloten' ? <ClosedLine kase={kase} /> : null}
          {result ? (
            <Alert type="ok" role="status" className="koers-alert" data-testid="close-result">
              <Paragraph>{t('afsluiten.close.done')}</Paragraph>
              {result.followUps.length ? (
                <UnorderedList>
                  {result.followUps.map((f) => (
                    <UnorderedListItem key={f.code}>{t(`afsluiten.followUp.${f.code}`)}</UnorderedListItem>
                  ))}
                </UnorderedList>
              ) : null}
            </Alert>
          ) : null}
          {reopened ? (
            <Alert type="ok" role="status" className="koers-alert" data-testid="reopen-result">
              <Paragraph>{t('afsluiten.reopen.done')}</Paragraph>
            </Alert>
          ) : null}
          {mode === 'close' ? (
            <CloseForm
              kase={kase}
              onCancel={() => setMode('view')}
              onClosed={(r) => {
                setResult(r);
                setReopened(false);
                setMode('view');
                void changed('afsluiten');
              }}
            />
          ) : mode === 'reopen' ? (
            <ReopenForm
              kase={kase}
              onCancel={() => setMode('view')}
              onReopened={() => {
                setReopened(true);
                setResult(null);
                setMode('view');
                void changed('afsluiten');
              }}
            />
          ) : canWrite ? (
            <ButtonGroup>
              {kase.status === 'gesloten' ? (
                <SecondaryActionButton type="button" onClick={() => setMode('reopen')}>
                  {t('afsluiten.reopen.open')}
                </SecondaryActionButton>
              ) : (
                <SecondaryActionButton type="button" onClick={() => setMode('close')}>
                  {t('afsluiten.close.open')}
                </SecondaryActionButton>
              )}
            </ButtonGroup>
          ) : null}
          <Moves caseId={caseId} links={links} canWrite={canWrite} canExport={user.permissions.includes('case:read-sensitive')} />
          <Household caseId={caseId} gemeenteId={kase.gemeenteId} links={links} canWrite={canWrite && kase.status !== 'gesloten'} onChanged={() => void changed('afsluiten')} />
          {canWrite && kase.status === 'gesloten' ? <Paragraph>{t('afsluiten.household.closed')}</Paragraph> : null}
        </>
      )}
    </section>
  );
}
