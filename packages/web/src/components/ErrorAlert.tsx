import { Alert, Paragraph, Heading2 } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { useErrorMessage } from './errors.ts';

/** An error (typically an ApiError) as an NL Design System alert with role="alert". */
export function ErrorAlert({ error, title }: { error: unknown; title?: string }) {
  const message = useErrorMessage();
  const { t } = useTranslation();
  return (
    <Alert type="error" role="alert" className="koers-alert">
      {title ? <Heading2 className="koers-alert__title">{title}</Heading2> : null}
      <Paragraph>{message(error) ?? t('errors.generic')}</Paragraph>
    </Alert>
  );
}
