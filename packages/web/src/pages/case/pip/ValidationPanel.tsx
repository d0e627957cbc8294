// The result of the draft's pre-validation (Koers rules and DUO's), each message linked to its field.
import { Alert, Heading4, Paragraph, UnorderedList, UnorderedListItem } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import type { PipValidation } from '../../../api/pip.ts';
import { ExplanationDetails } from './fields.tsx';
import { formFields } from './draftState.ts';

export function ValidationPanel({ validation }: { validation: PipValidation }) {
  const { t } = useTranslation();
  const all = [...validation.problems, ...(validation.duo?.errors ?? [])];
  return (
    <Alert type={validation.accepted ? 'ok' : 'warning'} className="koers-alert" data-testid="pip-validation">
      <Heading4 id="pip-validation-heading">{validation.accepted ? t('pip.validation.ok') : t('pip.validation.notOk', { count: all.length })}</Heading4>
      {all.length ? (
        <UnorderedList aria-labelledby="pip-validation-heading">
          {all.map((p, i) => (
            <UnorderedListItem key={`${p.code}-${i}`}>
              {formFields.has(p.field.split('.')[0] ?? '') ? (
                <a className="utrecht-link" href={`#pip-field-${p.field.replace('.', '-')}`}>
                  {p.message}
                </a>
              ) : (
                p.message
              )}
            </UnorderedListItem>
          ))}
        </UnorderedList>
      ) : null}
      {validation.duo ? <ExplanationDetails explanation={validation.duo.explanation} label={t('pip.validation.duoExplanation')} /> : <Paragraph>{t('pip.validation.duoNotRun')}</Paragraph>}
    </Alert>
  );
}
