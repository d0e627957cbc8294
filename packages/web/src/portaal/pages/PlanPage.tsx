import type { PortaalPlan } from '../api/types.ts';
import { useResource } from '../api/useResource.ts';
import { Dutch } from '../components/Dutch.tsx';
import { formatDate, formatNumber } from '../components/format.ts';
import { PageFrame, Term } from '../components/PageFrame.tsx';
import { Empty, Loaded } from '../components/States.tsx';
import { useI18n } from '../i18n/I18n.tsx';

export function PlanPage() {
  const { t, language } = useI18n();
  const plan = useResource<PortaalPlan>('/plan');
  return (
    <PageFrame titleKey="pages.plan.title" intro={<>{t('plan.intro')} <Term name="pip" /></>}>
      <Loaded resource={plan}>
        {({ plan: p }) =>
          p === null ? (
            <Empty textKey="plan.none" />
          ) : (
            <>
              {p.status === 'concept' ? <p className="utrecht-paragraph portaal-note">{t('plan.concept')}</p> : null}
              <dl className="portaal-facts">
                <dt>
                  <Term name="leerroute" />
                </dt>
                <dd>{p.leerroute ? t(`plan.route.${p.leerroute}`) : t('plan.notYet')}</dd>
                <dt>{t('plan.level')}</dt>
                <dd>{p.taalniveau ?? t('plan.notYet')}</dd>
                <dt>{t('plan.intensity')}</dt>
                <dd>{p.urenPerWeek === null ? t('plan.notYet') : t('plan.hoursPerWeek', { hours: formatNumber(p.urenPerWeek, language) })}</dd>
                {p.vastgesteldOp ? (
                  <>
                    <dt>{t('plan.decidedOn')}</dt>
                    <dd>{formatDate(p.vastgesteldOp, language)}</dd>
                  </>
                ) : null}
              </dl>
              <h2 className="utrecht-heading-2">{t('plan.agreements')}</h2>
              {p.afspraken.length === 0 ? (
                <Empty textKey="plan.noAgreements" />
              ) : (
                <>
                  <p className="utrecht-paragraph">{t('plan.agreementsDutch')}</p>
                  <ul className="portaal-list">
                    {p.afspraken.map((a) => (
                      <li key={a.id} className="portaal-card">
                        <p className="portaal-card__label">{t(`plan.party.${a.party}`)}</p>
                        <p className="utrecht-paragraph">
                          <Dutch>{a.text}</Dutch>
                        </p>
                      </li>
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
