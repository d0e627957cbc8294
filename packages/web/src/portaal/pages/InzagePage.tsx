import type { PortaalInzage } from '../api/types.ts';
import { useResource } from '../api/useResource.ts';
import { Dutch } from '../components/Dutch.tsx';
import { formatDateTime } from '../components/format.ts';
import { PageFrame } from '../components/PageFrame.tsx';
import { Empty, Loaded } from '../components/States.tsx';
import { useI18n } from '../i18n/I18n.tsx';

/** "Who looked at my file" (X7): from the processing log; organisation and role, never a name. */
export function InzagePage() {
  const { t, language } = useI18n();
  const inzage = useResource<PortaalInzage>('/inzage');
  return (
    <PageFrame titleKey="pages.inzage.title" intro={t('inzage.intro')}>
      <Loaded resource={inzage}>
        {({ regels }) =>
          regels.length === 0 ? (
            <Empty textKey="inzage.none" />
          ) : (
            <ul className="portaal-list">
              {regels.map((r, index) => (
                <li key={`${r.at}-${index}`} className="portaal-card">
                  <p className="portaal-card__label">{formatDateTime(r.at, language)}</p>
                  <dl className="portaal-facts">
                    <dt>{t('inzage.who')}</dt>
                    <dd>
                      <Dutch>{r.organisation}</Dutch> · {t(`roles.${r.role}`)}
                    </dd>
                    <dt>{t('inzage.what')}</dt>
                    <dd>{t(`inzage.action.${r.action}`)}</dd>
                    <dt>{t('inzage.why')}</dt>
                    <dd>{t(`inzage.purpose.${r.purpose}`)}</dd>
                  </dl>
                </li>
              ))}
            </ul>
          )
        }
      </Loaded>
    </PageFrame>
  );
}
