import { Alert, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { AppLink } from '../components/AppLink.tsx';
import { PageHeading } from '../components/PageHeading.tsx';

export type PlaceholderId = 'workqueue' | 'cases' | 'finance' | 'reports';

/** A section whose screens come in a later version: heading, what it will hold, and a notice. */
export function PlaceholderPage({ id }: { id: PlaceholderId }) {
  const { t } = useTranslation();
  return (
    <>
      <PageHeading>{t(`pages.${id}.title`)}</PageHeading>
      <Paragraph appearance="lead">{t(`pages.${id}.intro`)}</Paragraph>
      <Alert type="info" className="koers-alert" data-testid="coming-soon">
        <Paragraph>{t('placeholder.comingSoon')}</Paragraph>
      </Alert>
      <Paragraph>
        <AppLink to="/">{t('placeholder.back')}</AppLink>
      </Paragraph>
    </>
  );
}
