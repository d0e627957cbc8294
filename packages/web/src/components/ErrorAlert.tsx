import { Alert, Heading, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../api/client.ts';
import { useErrorMessage } from './errors.ts';
import { useServerLang } from './ServerText.tsx';

/**
 * An error (typically an ApiError) as an NL Design System alert with role="alert". Inside a
 * section, pass the heading level that fits the outline (default 2).
 */
export function ErrorAlert({ error, title, headingLevel = 2 }: { error: unknown; title?: string; headingLevel?: 2 | 3 | 4 | 5 }) {
  const message = useErrorMessage();
  const { t } = useTranslation();
  const serverLang = useServerLang();
  const text = message(error) ?? t('errors.generic');
  // The server's own (Dutch) message, not a translation from the catalog.
  const fromServer = isApiError(error) && text === error.message;
  return (
    <Alert type="error" role="alert" className="koers-alert">
      {title ? (
        <Heading level={headingLevel} className="koers-alert__title">
          {title}
        </Heading>
      ) : null}
      <Paragraph lang={fromServer ? serverLang : undefined}>{text}</Paragraph>
    </Alert>
  );
}
