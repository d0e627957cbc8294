import { glossaryTerms } from '../components/glossary.ts';
import { PageFrame } from '../components/PageFrame.tsx';
import { useI18n } from '../i18n/I18n.tsx';

/** One line per term the portal shows, in the person's language. */
export function BegrippenPage() {
  const { t } = useI18n();
  return (
    <PageFrame titleKey="pages.begrippen.title" intro={t('glossary.intro')}>
      <dl className="portaal-glossary">
        {glossaryTerms.map((term) => (
          <div key={term} id={term} className="portaal-card">
            <dt className="portaal-card__title">{t(`glossary.${term}.term`)}</dt>
            <dd>{t(`glossary.${term}.explain`)}</dd>
          </div>
        ))}
      </dl>
    </PageFrame>
  );
}
