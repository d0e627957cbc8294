import type { PortaalTermijnen } from '../api/types.ts';
import { useResource } from '../api/useResource.ts';
import { formatDate, formatNumber } from '../components/format.ts';
import { PageFrame, Term } from '../components/PageFrame.tsx';
import { Empty, Loaded } from '../components/States.tsx';
import { useI18n } from '../i18n/I18n.tsx';

export function TermijnenPage() {
  const { t, language } = useI18n();
  const termijnen = useResource<PortaalTermijnen>('/termijnen');
  return (
    <PageFrame titleKey="pages.termijnen.title" intro={<>{t('termijnen.intro')} <Term name="termijn" /></>}>
      <Loaded resource={termijnen}>
        {(d) =>
          d.termijn === null ? (
            <Empty textKey="termijnen.none" />
          ) : (
            <>
              <section className="portaal-card" aria-labelledby="termijn-heading">
                <h2 className="utrecht-heading-3" id="termijn-heading">
                  {t('termijnen.termijnTitle')}
                </h2>
                <p className="utrecht-paragraph">{t('termijnen.termijnExplain')}</p>
                <p className="utrecht-paragraph portaal-date">
                  {t('termijnen.until', { date: formatDate(d.termijn.verlengdTot ?? d.termijn.einde, language) })}
                </p>
                {d.termijn.verlengdTot ? <p className="utrecht-paragraph">{t('termijnen.extended')}</p> : null}
              </section>
              <section className="portaal-card" aria-labelledby="switch-heading">
                <h2 className="utrecht-heading-3" id="switch-heading">
                  {t('termijnen.switchTitle')}
                </h2>
                <p className="utrecht-paragraph">{t('termijnen.switchExplain')}</p>
                <p className="utrecht-paragraph portaal-date">
                  {d.routeWisselTot ? t('termijnen.switchUntil', { date: formatDate(d.routeWisselTot, language) }) : t('termijnen.switchNo')}
                </p>
              </section>
              <section className="portaal-card" aria-labelledby="a2-heading">
                <h2 className="utrecht-heading-3" id="a2-heading">
                  <Term name="a2" />
                </h2>
                <p className="utrecht-paragraph">{t('termijnen.a2Explain')}</p>
                <p className="utrecht-paragraph portaal-date">
                  {d.a2
                    ? t('termijnen.a2Hours', { done: formatNumber(d.a2.urenGevolgd, language), needed: formatNumber(d.a2.urenNodig, language) })
                    : t('termijnen.a2No')}
                </p>
              </section>
              <p className="utrecht-paragraph">{t('termijnen.askHelp')}</p>
            </>
          )
        }
      </Loaded>
    </PageFrame>
  );
}
