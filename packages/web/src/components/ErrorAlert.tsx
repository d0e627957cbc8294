import { Alert, Heading, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { useErrorMessage } from './errors.ts';

/**
 * An error (typically an ApiError) as an NL Design System alert with role="alert". Inside a
 * section, pass the heading level that fits the outline (default 2).
 */
export function ErrorAlert({ error, title, headingLevel = 2 }: { error: unknown; title?: string; headingLevel?: 2 | 3 | 4 | 5 }) {
  const message = useErrorMessage();
  const { t } = useTranslation();
  return (
    <Alert type="error" role="alert" className="koers-alert">
      {title ? (
        <Heading level={headingLevel} className="koers-alert__title">
          {title}
        </Heading>
      ) : null}
      <Paragraph>{message(error) ?? t('errors.generic')}</Paragraph>
    </Alert>
  );
}
