import type { PortaalOntzorgen } from '../api/types.ts';
import { useResource } from '../api/useResource.ts';
import { Dutch } from '../components/Dutch.tsx';
import { formatDate, formatMonth, lastDayBefore } from '../components/format.ts';
import { PageFrame, Term } from '../components/PageFrame.tsx';
import { Empty, Loaded } from '../components/States.tsx';
import { useI18n } from '../i18n/I18n.tsx';

export function OntzorgenPage() {
  const { t, language } = useI18n();
  const ontzorgen = useResource<PortaalOntzorgen>('/ontzorgen');
  return (
    <PageFrame
      titleKey="pages.ontzorgen.title"
      intro={
        <>
          {t('ontzorgen.intro')} <Term name="ontzorgen" />
        </>
      }
    >
      <Loaded resource={ontzorgen}>
        {({ agreement: a }) =>
          a === null || a.bills.length === 0 ? (
            <Empty textKey="ontzorgen.none" />
          ) : (
            <>
              <p className="utrecht-paragraph portaal-date">
                {t(a.status === 'actief' ? 'ontzorgen.period' : 'ontzorgen.ended', {
                  from: formatMonth(a.fromMonth, language),
                  date: formatDate(lastDayBefore(a.untilMonthExclusive), language),
                })}
              </p>
              <p className="utrecht-paragraph">
                {a.executor === 'budgetbeheer' && a.partnerName ? (
                  <>
                    {t('ontzorgen.executor.budgetbeheer')} <Dutch>{a.partnerName}</Dutch>
                  </>
                ) : (
                  t(`ontzorgen.executor.${a.executor}`)
                )}
              </p>
              <ul className="portaal-list">
                {a.bills.map((bill, index) => (
                  <li key={`${bill.payeeKind}-${index}`} className="portaal-card">
                    <p className="portaal-card__title">{t(`ontzorgen.kind.${bill.payeeKind}`)}</p>
                    <p className="utrecht-paragraph">
                      {t('ontzorgen.to')} <Dutch>{bill.payeeName}</Dutch>
                    </p>
                  </li>
                ))}
              </ul>
              <p className="utrecht-paragraph">{t('ontzorgen.after')}</p>
            </>
          )
        }
      </Loaded>
    </PageFrame>
  );
}
