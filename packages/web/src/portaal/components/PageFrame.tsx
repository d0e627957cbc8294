import { useEffect, type ReactNode } from 'react';
import { useI18n } from '../i18n/I18n.tsx';
import { BASE, Link } from '../router.tsx';
import type { GlossaryTerm } from './glossary.ts';

/** A page of the portal: the way back to the overview, the heading, and the tab title. */
export function PageFrame({ titleKey, intro, children }: { titleKey: string; intro?: ReactNode; children: ReactNode }) {
  const { t, text, language } = useI18n();
  useEffect(() => {
    document.title = `${text(titleKey)} · ${text('app.name')}`;
  }, [titleKey, text, language]);
  return (
    <>
      <p className="portaal-back">
        <Link href={BASE} className="utrecht-link portaal-back__link">
          <span aria-hidden="true" className="portaal-icon--directional">
            ←
          </span>{' '}
          {t('nav.overview')}
        </Link>
      </p>
      <h1 className="utrecht-heading-1">{t(titleKey)}</h1>
      {intro ? <p className="utrecht-paragraph portaal-intro">{intro}</p> : null}
      {children}
    </>
  );
}

/** A term from the glossary: the word, linked to its one-line explanation. */
export function Term({ name }: { name: GlossaryTerm }) {
  const { t } = useI18n();
  return (
    <Link href={`${BASE}begrippen#${name}`} className="utrecht-link">
      {t(`glossary.${name}.term`)}
    </Link>
  );
}
