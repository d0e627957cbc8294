import type { PortaalVoortgang } from '../api/types.ts';
import { useResource } from '../api/useResource.ts';
import { Dutch } from '../components/Dutch.tsx';
import { formatDate, formatMonth, formatNumber } from '../components/format.ts';
import { PageFrame } from '../components/PageFrame.tsx';
import { Empty, Loaded } from '../components/States.tsx';
import { useI18n } from '../i18n/I18n.tsx';

/** Hours per month, all lesson categories together, newest month first. */
function monthTotals(rows: PortaalVoortgang['hoursPerMonth']): { month: string; hours: number }[] {
  const totals = new Map<string, number>();
  for (const row of rows) totals.set(row.month, (totals.get(row.month) ?? 0) + row.hours);
  return [...totals].map(([month, hours]) => ({ month, hours })).sort((a, b) => b.month.localeCompare(a.month));
}

export function VoortgangPage() {
  const { t, language } = useI18n();
  const voortgang = useResource<PortaalVoortgang>('/voortgang');
  return (
    <PageFrame titleKey="pages.voortgang.title" intro={t('voortgang.intro')}>
      <Loaded resource={voortgang}>
        {(v) =>
          v.hoursPerMonth.length === 0 && v.levels.length === 0 && v.reports.length === 0 ? (
            <Empty textKey="voortgang.none" />
          ) : (
            <>
              <p className="utrecht-paragraph portaal-date">{t('voortgang.total', { hours: formatNumber(v.totalHours, language) })}</p>
              {v.hoursPerMonth.length > 0 ? (
                <>
                  <h2 className="utrecht-heading-2">{t('voortgang.perMonth')}</h2>
                  <ul className="portaal-list portaal-months">
                    {monthTotals(v.hoursPerMonth).map((m) => (
                      <li key={m.month}>
                        <span>{formatMonth(m.month, language)}</span>
                        <span>{t('voortgang.hours', { hours: formatNumber(m.hours, language) })}</span>
                      </li>
                    ))}
                  </ul>
                </>
              ) : null}
              {v.levels.length > 0 ? (
                <>
                  <h2 className="utrecht-heading-2">{t('voortgang.levels')}</h2>
                  <dl className="portaal-facts">
                    {v.levels.map((l) => (
                      <div key={l.skill} className="portaal-facts__row">
                        <dt>{t(`voortgang.skill.${l.skill}`)}</dt>
                        <dd>
                          {l.level} · {t(`voortgang.trend.${l.trend}`)}
                        </dd>
                      </div>
                    ))}
                  </dl>
                </>
              ) : null}
              {v.reports.length > 0 ? (
                <>
                  <h2 className="utrecht-heading-2">{t('voortgang.reports')}</h2>
                  <ul className="portaal-list">
                    {v.reports.map((r, index) => (
                      <li key={`${r.reportedOn}-${index}`} className="portaal-card">
                        <p className="portaal-card__label">
                          {formatDate(r.reportedOn, language)} · <Dutch>{r.providerName}</Dutch>
                        </p>
                        {r.recommendation ? <p className="utrecht-paragraph">{t(`voortgang.recommendation.${r.recommendation}`)}</p> : null}
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
