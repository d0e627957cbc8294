import type { PortaalAgreement, PortaalPlan } from '../api/types.ts';
import { useResource } from '../api/useResource.ts';
import { Dutch } from '../components/Dutch.tsx';
import { formatDate, formatNumber } from '../components/format.ts';
import { PageFrame, Term } from '../components/PageFrame.tsx';
import { Empty, Loaded } from '../components/States.tsx';
import { useI18n } from '../i18n/I18n.tsx';

function Agreement({ agreement }: { agreement: PortaalAgreement }) {
  const { t, language } = useI18n();
  return (
    <li className="portaal-card">
      <p className="portaal-card__label">
        {t(`plan.party.${agreement.party}`)} · {t(`plan.topic.${agreement.topic}`)}
      </p>
      {agreement.number !== null && agreement.topic === 'taalles' ? (
        <p className="utrecht-paragraph">{t('plan.hoursPerWeek', { hours: formatNumber(agreement.number, language) })}</p>
      ) : null}
      {agreement.number !== null && agreement.topic === 'voortgangsgesprekken' ? (
        <p className="utrecht-paragraph">{t('plan.meetings', { count: formatNumber(agreement.number, language) })}</p>
      ) : null}
      {agreement.text ? (
        <p className="utrecht-paragraph">
          <Dutch>{agreement.text}</Dutch>
        </p>
      ) : null}
    </li>
  );
}

export function PlanPage() {
  const { t, language } = useI18n();
  const plan = useResource<PortaalPlan>('/plan');
  return (
    <PageFrame
      titleKey="pages.plan.title"
      intro={
        <>
          {t('plan.intro')} <Term name="pip" />
        </>
      }
    >
      <Loaded resource={plan}>
        {({ pip }) =>
          pip === null ? (
            <Empty textKey="plan.none" />
          ) : (
            <>
              <dl className="portaal-facts">
                <dt>
                  <Term name="leerroute" />
                </dt>
                <dd>{pip.route ? t(`plan.route.${pip.route}`) : t('plan.notYet')}</dd>
                <dt>{t('plan.level')}</dt>
                <dd>{pip.level ?? t('plan.notYet')}</dd>
                <dt>{t('plan.intensity')}</dt>
                <dd>
                  {pip.hoursPerWeek !== null ? t('plan.hoursPerWeek', { hours: formatNumber(pip.hoursPerWeek, language) }) : null}
                  {pip.hoursPerWeek !== null && pip.intensity ? ' · ' : null}
                  {pip.intensity ? <Dutch>{pip.intensity}</Dutch> : null}
                  {pip.hoursPerWeek === null && !pip.intensity ? t('plan.notYet') : null}
                </dd>
                {pip.issuedOn ? (
                  <>
                    <dt>{t('plan.decidedOn')}</dt>
                    <dd>{formatDate(pip.issuedOn, language)}</dd>
                  </>
                ) : null}
              </dl>
              <h2 className="utrecht-heading-2">{t('plan.agreements')}</h2>
              {pip.agreements.length === 0 ? (
                <Empty textKey="plan.noAgreements" />
              ) : (
                <>
                  <p className="utrecht-paragraph">{t('plan.agreementsDutch')}</p>
                  <ul className="portaal-list">
                    {pip.agreements.map((a, index) => (
                      <Agreement key={`${a.party}-${a.topic}-${index}`} agreement={a} />
                    ))}
                  </ul>
                </>
              )}
            </>
          )
        }
      </Loaded>
    </PageFrame>
  );
}
