// Above the registration form: the summary of what is wrong (each a link to its field) and the
// warning that the person already has a case.
import { Alert, Heading2, Paragraph, UnorderedList, UnorderedListItem } from '@utrecht/component-library-react';
import type { RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { DuplicateCaseError } from '../../api/cases.ts';
import { AppLink } from '../../components/AppLink.tsx';
import { errorEntries, fieldId, type FieldErrors } from './newCaseFields.ts';

export function NewCaseErrorSummary({ errors, summaryRef }: { errors: FieldErrors; summaryRef: RefObject<HTMLDivElement | null> }) {
  const { t } = useTranslation();
  const entries = errorEntries(errors);
  if (entries.length === 0) return null;
  return (
    <div ref={summaryRef} tabIndex={-1} data-testid="error-summary">
      <Alert type="error" role="alert" className="koers-alert">
        <Heading2 className="koers-alert__title">{t('case.new.errorsTitle')}</Heading2>
        <UnorderedList>
          {entries.map(([f, message]) => (
            <UnorderedListItem key={f}>
              <a className="utrecht-link" href={`#${fieldId(f)}`}>
                {message}
              </a>
            </UnorderedListItem>
          ))}
        </UnorderedList>
      </Alert>
    </div>
  );
}

export function DuplicateCaseAlert({ duplicate }: { duplicate: DuplicateCaseError }) {
  const { t } = useTranslation();
  return (
    <Alert type="warning" role="alert" className="koers-alert" data-testid="duplicate">
      <Paragraph>{t('case.new.duplicate')}</Paragraph>
      {duplicate.existingCaseId ? (
        <Paragraph>
          <AppLink to={`/dossiers/${duplicate.existingCaseId}`}>{t('case.new.openExisting')}</AppLink>
        </Paragraph>
      ) : null}
    </Alert>
  );
}
