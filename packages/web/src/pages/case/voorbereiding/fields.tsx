// Form pieces of the voorbereiding and intake sections besides the shared fields in
// components/form: a checkbox field, the server's field errors and the rules core's explanation.
import {
  Checkbox,
  FormField,
  FormLabel,
  Paragraph,
  UnorderedList,
  UnorderedListItem,
} from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../api/client.ts';
import type { Explanation } from '../../../api/intake.ts';
import { FieldMessages } from '../../../components/form/FieldShell.tsx';
import { ServerText, useServerLang } from '../../../components/ServerText.tsx';

const describedBy = (...ids: (string | undefined)[]) => ids.filter(Boolean).join(' ') || undefined;

export function CheckboxField(props: { id: string; label: string; description?: string | undefined; error?: string | undefined; checked: boolean; onChange: (checked: boolean) => void }) {
  const { id, label, description, error, checked, onChange } = props;
  return (
    <FormField type="checkbox" invalid={Boolean(error)} className="koers-field">
      <Paragraph className="utrecht-form-field__input">
        <Checkbox
          id={id}
          checked={checked}
          invalid={Boolean(error)}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy(description ? `${id}-description` : undefined, error ? `${id}-error` : undefined)}
          onChange={(e) => onChange(e.target.checked)}
        />
      </Paragraph>
      <Paragraph className="utrecht-form-field__label">
        <FormLabel htmlFor={id} type="checkbox">
          {label}
        </FormLabel>
      </Paragraph>
      <FieldMessages id={id} description={description} error={error} />
    </FormField>
  );
}

/** The server's message for one field of a failed request. */
export function fieldError(error: unknown, field: string): string | undefined {
  return isApiError(error) ? error.messageFor(field) : undefined;
}

/** The rules core's explanation: summary plus the steps and articles behind a disclosure. */
export function ExplanationText({ explanation }: { explanation: Explanation }) {
  const { t } = useTranslation();
  const serverLang = useServerLang();
  return (
    <>
      <Paragraph lang={serverLang}>{explanation.summary}</Paragraph>
      {explanation.steps.length ? (
        <details className="koers-explanation">
          <summary>{t('intake.explanation.show')}</summary>
          <UnorderedList>
            {explanation.steps.map((s, i) => (
              <UnorderedListItem key={i}>
                <ServerText>{s.text}</ServerText>
                {s.articles.length ? ` (${s.articles.join('; ')})` : ''}
              </UnorderedListItem>
            ))}
          </UnorderedList>
        </details>
      ) : null}
    </>
  );
}
