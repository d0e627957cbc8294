import type { PortaalOntzorgen } from '../api/types.ts';
import { useResource } from '../api/useResource.ts';
import { formatDate } from '../components/format.ts';
import { PageFrame, Term } from '../components/PageFrame.tsx';
import { Empty, Loaded } from '../components/States.tsx';
import { useI18n } from '../i18n/I18n.tsx';

export function OntzorgenPage() {
  const { t, language } = useI18n();
  const ontzorgen = useResource<PortaalOntzorgen>('/ontzorgen');
  return (
    <PageFrame titleKey="pages.ontzorgen.title" intro={<>{t('ontzorgen.intro')} <Term name="ontzorgen" /></>}>
      <Loaded resource={ontzorgen}>
        {({ ontzorgen: o }) =>
          o === null || o.lasten.length === 0 ? (
            <Empty textKey="ontzorgen.none" />
          ) : (
            <>
              <p className="utrecht-paragraph">
                {o.until ? t('ontzorgen.until', { date: formatDate(o.until, language) }) : t('ontzorgen.noEnd')}
              </p>
              <ul className="portaal-list">
                {o.lasten.map((l) => (
                  <li key={l.kind} className="portaal-card">
                    <p className="portaal-card__title">{t(`ontzorgen.kind.${l.kind}`)}</p>
                    <p className="utrecht-paragraph">
                      {l.until ? t('ontzorgen.paidUntil', { date: formatDate(l.until, language) }) : t('ontzorgen.paid')}
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
