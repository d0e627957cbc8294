import { Heading2, Paragraph, UnorderedList, UnorderedListItem } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { useUser } from '../auth/AuthContext.tsx';
import { AppLink } from '../components/AppLink.tsx';
import { roleLabel } from '../components/labels.ts';
import { PageHeading } from '../components/PageHeading.tsx';
import { navFor } from '../nav/navConfig.ts';

/** Start page: who you are, for which gemeenten, and the sections your role may open. */
export function OverviewPage() {
  const { t } = useTranslation();
  const user = useUser();
  const sections = navFor(user.permissions).filter((item) => item.id !== 'overview');

  return (
    <>
      <PageHeading title={t('overview.title')}>{t('overview.welcome', { name: user.name })}</PageHeading>
      <Paragraph appearance="lead">
        {t('overview.roleLine', { role: roleLabel(t, user.role, user.roleLabel), organisation: user.organisation.name })}
      </Paragraph>

      <section aria-labelledby="overview-tasks" className="koers-section">
        <Heading2 id="overview-tasks">{t('overview.tasks')}</Heading2>
        <ul className="koers-cards" data-testid="overview-sections">
          {sections.map((item) => (
            <li key={item.id} className="koers-card">
              <AppLink to={item.path} className="koers-card__link">
                {t(`nav.${item.id}`)}
              </AppLink>
              <Paragraph className="koers-card__text">{t(`navDescription.${item.id}`)}</Paragraph>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="overview-gemeenten" className="koers-section">
        <Heading2 id="overview-gemeenten">{t('overview.gemeenten')}</Heading2>
        {user.gemeenten.length > 0 ? (
          <UnorderedList>
            {user.gemeenten.map((g) => (
              <UnorderedListItem key={g.id}>
                {g.name} <span className="koers-muted">({g.code})</span>
              </UnorderedListItem>
            ))}
          </UnorderedList>
        ) : (
          <Paragraph>{t('overview.noGemeenten')}</Paragraph>
        )}
      </section>
    </>
  );
}
