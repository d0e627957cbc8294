import type { PortaalVoortgang } from '../api/types.ts';
import { useResource } from '../api/useResource.ts';
import { Dutch } from '../components/Dutch.tsx';
import { formatDate, formatNumber } from '../components/format.ts';
import { PageFrame } from '../components/PageFrame.tsx';
import { Empty, Loaded } from '../components/States.tsx';
import { useI18n } from '../i18n/I18n.tsx';

function monthName(maand: string, language: string): string {
  return new Intl.DateTimeFormat(language === 'ar' || language === 'fa' ? `${language}-u-nu-latn` : language, {
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(`${maand}-15T00:00:00Z`));
}

export function VoortgangPage() {
  const { t, text, language } = useI18n();
  const voortgang = useResource<PortaalVoortgang>('/voortgang');
  return (
    <PageFrame titleKey="pages.voortgang.title" intro={t('voortgang.intro')}>
      <Loaded resource={voortgang}>
        {(v) =>
          v.aanbieder === null && v.perMaand.length === 0 ? (
            <Empty textKey="voortgang.none" />
          ) : (
            <>
              <dl className="portaal-facts">
                <dt>{t('voortgang.provider')}</dt>
                <dd>{v.aanbieder ? <Dutch>{v.aanbieder}</Dutch> : t('plan.notYet')}</dd>
                <dt>{t('voortgang.hoursDone')}</dt>
                <dd>
                  {v.urenAfgesproken === null
                    ? t('voortgang.hours', { hours: formatNumber(v.urenGevolgd, language) })
                    : t('voortgang.hoursOf', { hours: formatNumber(v.urenGevolgd, language), total: formatNumber(v.urenAfgesproken, language) })}
                </dd>
                {v.laatsteRapportage ? (
                  <>
                    <dt>{t('voortgang.lastReport')}</dt>
                    <dd>{formatDate(v.laatsteRapportage, language)}</dd>
                  </>
                ) : null}
              </dl>
              {v.urenAfgesproken !== null && v.urenAfgesproken > 0 ? (
                <progress className="portaal-progress" max={v.urenAfgesproken} value={Math.min(v.urenGevolgd, v.urenAfgesproken)} aria-label={text('voortgang.hoursDone')} />
              ) : null}
              {v.perMaand.length > 0 ? (
                <>
                  <h2 className="utrecht-heading-2">{t('voortgang.perMonth')}</h2>
                  <ul className="portaal-list portaal-months">
                    {v.perMaand.map((m) => (
                      <li key={m.maand}>
                        <span>{monthName(m.maand, language)}</span>
                        <span>{t('voortgang.hours', { hours: formatNumber(m.uren, language) })}</span>
                      </li>
                    ))}
                  </ul>
                </>
              ) : null}
            </>
          )
        }
      </Loaded>
    </PageFrame>
  );
}
