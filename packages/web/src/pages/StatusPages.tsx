import { Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { AppLink } from '../components/AppLink.tsx';
import { PageHeading } from '../components/PageHeading.tsx';

export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeading>{t('pages.notFound.title')}</PageHeading>
      <Paragraph>{t('pages.notFound.text')}</Paragraph>
      <Paragraph>
        <AppLink to="/">{t('placeholder.back')}</AppLink>
      </Paragraph>
    </>
  );
}

export function ForbiddenPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeading>{t('pages.forbidden.title')}</PageHeading>
      <Paragraph>{t('pages.forbidden.text')}</Paragraph>
      <Paragraph>
        <AppLink to="/">{t('placeholder.back')}</AppLink>
      </Paragraph>
    </>
  );
}
