import type { PortaalTermijnen } from '../api/types.ts';
import { useResource } from '../api/useResource.ts';
import { formatDate, formatNumber } from '../components/format.ts';
import { PageFrame, Term } from '../components/PageFrame.tsx';
import { Loaded } from '../components/States.tsx';
import { useI18n } from '../i18n/I18n.tsx';

export function TermijnenPage() {
  const { t, language } = useI18n();
  const termijnen = useResource<PortaalTermijnen>('/termijnen');
  return (
    <PageFrame
      titleKey="pages.termijnen.title"
      intro={
        <>
          {t('termijnen.intro')} <Term name="termijn" />
        </>
      }
    >
      <Loaded resource={termijnen}>
        {({ term, duty, routeChange, a2 }) => (
          <>
            {duty.state === 'voldaan' ? <p className="utrecht-paragraph portaal-note">{t('termijnen.duty.voldaan')}</p> : null}
            {duty.state === 'geen-plicht' ? <p className="utrecht-paragraph portaal-note">{t('termijnen.duty.geen-plicht')}</p> : null}
            <section className="portaal-card" aria-labelledby="termijn-heading">
              <h2 className="utrecht-heading-3" id="termijn-heading">
                {t('termijnen.termijnTitle')}
              </h2>
              <p className="utrecht-paragraph">{t('termijnen.termijnExplain')}</p>
              <p className="utrecht-paragraph portaal-date">
                {term.state === 'onbekend' || term.lastDay === null
                  ? t('termijnen.none')
                  : t(term.state === 'verlopen' ? 'termijnen.ended' : 'termijnen.until', { date: formatDate(term.lastDay, language) })}
              </p>
              {term.extensions.map((e, index) => (
                <p key={index} className="utrecht-paragraph">
                  {t(`termijnen.extension.${e.ground}`, { months: formatNumber(e.months, language) })}
                </p>
              ))}
            </section>
            <section className="portaal-card" aria-labelledby="switch-heading">
              <h2 className="utrecht-heading-3" id="switch-heading">
                {t('termijnen.switchTitle')}
              </h2>
              <p className="utrecht-paragraph">{t('termijnen.switchExplain')}</p>
              <p className="utrecht-paragraph portaal-date">
                {routeChange.state === 'mogelijk' && routeChange.lastDay
                  ? t('termijnen.switch.mogelijk', { date: formatDate(routeChange.lastDay, language) })
                  : t(`termijnen.switch.${routeChange.state === 'mogelijk' ? 'onbekend' : routeChange.state}`)}
              </p>
            </section>
            <section className="portaal-card" aria-labelledby="a2-heading">
              <h2 className="utrecht-heading-3" id="a2-heading">
                <Term name="a2" />
              </h2>
              <p className="utrecht-paragraph">{t('termijnen.a2Explain', { needed: formatNumber(a2.requiredHours, language) })}</p>
              <p className="utrecht-paragraph portaal-date">
                {t(`termijnen.a2.${a2.state}`, {
                  done: formatNumber(a2.courseHours, language),
                  needed: formatNumber(a2.requiredHours, language),
                })}
              </p>
            </section>
            <p className="utrecht-paragraph">{t('termijnen.askHelp')}</p>
          </>
        )}
      </Loaded>
    </PageFrame>
  );
}
