import { useEffect } from 'react';
import type { PortaalSessie } from '../api/types.ts';
import { useI18n } from '../i18n/I18n.tsx';
import { hrefOf, Link, shownPages } from '../router.tsx';

export function HomePage({ sessie }: { sessie: PortaalSessie }) {
  const { t, text, language } = useI18n();
  useEffect(() => {
    document.title = text('app.name');
  }, [text, language]);
  return (
    <>
      <h1 className="utrecht-heading-1">{t('home.title', { name: sessie.givenName })}</h1>
      <p className="utrecht-paragraph portaal-intro">{t('home.intro', { gemeente: sessie.gemeente.name })}</p>
      <nav aria-label={text('nav.label')}>
        <ul className="portaal-menu">
          {shownPages.map((page) => (
            <li key={page}>
              <Link href={hrefOf({ page })} className="portaal-menu__link">
                <span className="portaal-menu__title">
                  {t(`pages.${page}.title`)}
                  {page === 'contact' && (sessie.unreadAnswers ?? 0) > 0 ? (
                    <strong className="portaal-badge" data-testid="portaal-unread">
                      {' '}
                      {t('home.newAnswer')}
                    </strong>
                  ) : null}
                </span>
                <span className="portaal-menu__hint">{t(`pages.${page}.hint`)}</span>
                <span aria-hidden="true" className="portaal-menu__arrow portaal-icon--directional">
                  →
                </span>
              </Link>
            </li>
          ))}
        </ul>
      </nav>
    </>
  );
}
