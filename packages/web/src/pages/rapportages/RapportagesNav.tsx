// The four rapportage pages as a row of links (styled like the case file's parts); the open one
// carries aria-current="page". Each page is also guarded by reports:aggregate in routes.tsx.
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router-dom';

const pages = [
  { path: '/rapportages', key: 'dashboard' },
  { path: '/rapportages/formatie', key: 'formatie' },
  { path: '/rapportages/spuk', key: 'spuk' },
  { path: '/rapportages/verslagen', key: 'verslagen' },
] as const;

export function RapportagesNav() {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  return (
    <nav aria-label={t('rapportages.nav.label')} className="koers-case-nav" data-testid="rapportages-nav">
      <ul className="koers-case-nav__list">
        {pages.map((p) => (
          <li key={p.path}>
            <Link className="utrecht-link koers-case-nav__link" to={p.path} aria-current={pathname === p.path ? 'page' : undefined}>
              {t(`rapportages.nav.${p.key}`)}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
