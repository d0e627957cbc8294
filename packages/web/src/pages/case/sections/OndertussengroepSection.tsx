import { ButtonGroup, Heading2, Heading3, Paragraph, SecondaryActionButton } from '@utrecht/component-library-react';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { getOndertussengroep, type Ondertussengroep } from '../../../api/ondertussengroep.ts';
import { useUser } from '../../../auth/AuthContext.tsx';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { Loading } from '../../../components/RequireAuth.tsx';
import { formatDate, lastDay } from '../../../format/dates.ts';
import { OntheffingForm } from '../ondertussengroep/OntheffingForm.tsx';
import { SupportPlanForm } from '../ondertussengroep/SupportPlanForm.tsx';
import { useCaseChanged } from '../../../api/caseQueries.ts';
import type { CasePartProps } from '../caseParts.ts';

/**
 * The light process of the ondertussengroep (Wet inburgering 2013, ELIP): shown instead of the
 * brede intake, PIP, traject and results for a Wi2013 case. Loads its own data.
 */
export function OndertussengroepSection({ caseId }: CasePartProps) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'nl';
  const user = useUser();
  const canWrite = user.permissions.includes('case:write');
  const [data, setData] = useState<Ondertussengroep | null>(null);
  const [error, setError] = useState<unknown>(null);
  // A new key remounts the forms with what the server now holds (after a save elsewhere in the section).
  const [generation, setGeneration] = useState(0);
  const [notice, setNotice] = useState<string | null>(null);
  // The section keeps its own data; the header, open tasks, timeline and history are in the cache.
  const changed = useCaseChanged(caseId);

  const load = useCallback(async () => {
    try {
      setData(await getOndertussengroep(caseId));
      setError(null);
    } catch (caught) {
      setError(caught);
    }
  }, [caseId]);

  useEffect(() => {
    void load();
  }, [load]);

  const ontheffingSaved = () => {
    setNotice(t('ondertussengroep.ontheffing.saved'));
    void load().then(() => setGeneration((g) => g + 1));
    void changed('ondertussengroep');
  };

  return (
    <section aria-labelledby="ondertussengroep-heading" data-testid="ondertussengroep-section">
      <Heading2 id="ondertussengroep-heading" tabIndex={-1}>
        {t('ondertussengroep.title')}
      </Heading2>
      {error ? (
        <>
          <ErrorAlert error={error} title={t('ondertussengroep.loadError')} />
          <ButtonGroup>
            <SecondaryActionButton type="button" onClick={() => void load()}>
              {t('common.retry')}
            </SecondaryActionButton>
          </ButtonGroup>
        </>
      ) : !data ? (
        <Loading />
      ) : (
        <>
          <Paragraph>{t('ondertussengroep.intro')}</Paragraph>
          {data.elip ? <Paragraph data-testid="elip">{t('ondertussengroep.elip')}</Paragraph> : null}
          {data.duoTerm.endExclusive ? <Paragraph>{t('ondertussengroep.duoTerm', { end: formatDate(lastDay(data.duoTerm.endExclusive), language) })}</Paragraph> : null}
          <ul>
            {data.steps
              .filter((s) => !s.allowed)
              .map((s) => (
                <li key={s.step}>{t('ondertussengroep.notApplicable', { reason: s.explanation })}</li>
              ))}
          </ul>
          {data.signals.length > 0 ? (
            <section aria-labelledby="ondertussengroep-signals-heading" className="koers-panel" data-testid="ondertussengroep-signals">
              <Heading3 id="ondertussengroep-signals-heading">{t('ondertussengroep.signals')}</Heading3>
              <ul>
                {data.signals.map((s) => (
                  <li key={`${s.kind}-${s.dueOn}`}>
                    <strong>{s.label}</strong> ({formatDate(s.dueOn, language)}): {s.reason}
                  </li>
                ))}
              </ul>
            </section>
          ) : null}
          <SupportPlanForm
            key={`plan-${generation}`}
            caseId={caseId}
            data={data}
            canWrite={canWrite}
            onSaved={(next) => {
              setData(next);
              void changed('ondertussengroep');
            }}
          />
          <section aria-labelledby="ontheffingen-heading" className="koers-panel" data-testid="ontheffingen">
            <Heading3 id="ontheffingen-heading">{t('ondertussengroep.ontheffing.title')}</Heading3>
            <Paragraph>{t('ondertussengroep.ontheffing.intro')}</Paragraph>
            {notice ? <Paragraph role="status">{notice}</Paragraph> : null}
            {data.ontheffingen.length === 0 ? <Paragraph>{t('ondertussengroep.ontheffing.none')}</Paragraph> : null}
            {data.ontheffingen.map((r, i) => (
              <div key={r.id} data-testid={`ontheffing-${i}`}>
                <Paragraph>
                  {t('ondertussengroep.ontheffing.summary', { ground: t(`ondertussengroep.ground.${r.ground}`), status: t(`ondertussengroep.requestStatus.${r.status}`) })}
                  {r.requestedOn ? ` ${t('ondertussengroep.ontheffing.requested', { date: formatDate(r.requestedOn, language) })}` : ''}
                  {r.duoDecisionOn ? ` ${t('ondertussengroep.ontheffing.decided', { date: formatDate(r.duoDecisionOn, language) })}` : ''}
                </Paragraph>
                {canWrite ? <OntheffingForm key={`${r.id}-${r.version}-${generation}`} caseId={caseId} request={r} formId={`ontheffing-${i}-form`} onSaved={ontheffingSaved} /> : null}
              </div>
            ))}
            {canWrite ? <OntheffingForm key={`new-${data.ontheffingen.length}-${generation}`} caseId={caseId} request={null} formId="ontheffing-new" onSaved={ontheffingSaved} /> : null}
          </section>
        </>
      )}
    </section>
  );
}
