// The frame of every form field: NL Design System form field with its label, optional description
// and error message, tied to the control by id (aria-describedby, aria-invalid).
import { FormField, FormFieldDescription, FormFieldErrorMessage, FormLabel, Paragraph } from '@utrecht/component-library-react';
import type { ReactNode } from 'react';

/** What the control inside the shell must carry. */
export interface FieldControlProps {
  id: string;
  invalid: boolean;
  'aria-invalid': true | undefined;
  'aria-describedby': string | undefined;
}

export function FieldShell({
  id,
  label,
  description,
  error,
  type = 'text',
  children,
}: {
  id: string;
  label: string;
  description?: string | undefined;
  error?: string | undefined;
  type?: 'text' | 'select';
  children: (control: FieldControlProps) => ReactNode;
}) {
  const descriptionId = description ? `${id}-description` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  return (
    <FormField type={type} invalid={Boolean(error)} className="koers-field">
      <Paragraph className="utrecht-form-field__label">
        <FormLabel htmlFor={id}>{label}</FormLabel>
      </Paragraph>
      <FieldMessages id={id} description={description} error={error} />
      <Paragraph className="utrecht-form-field__input">
        {children({ id, invalid: Boolean(error), 'aria-invalid': error ? true : undefined, 'aria-describedby': [descriptionId, errorId].filter(Boolean).join(' ') || undefined })}
      </Paragraph>
    </FormField>
  );
}

/** A field's description (`${id}-description`) and error message (`${id}-error`), when present. */
export function FieldMessages({ id, description, error }: { id: string; description?: string | undefined; error?: string | undefined }) {
  return (
    <>
      {description ? (
        <FormFieldDescription id={`${id}-description`} className="utrecht-form-field__description">
          {description}
        </FormFieldDescription>
      ) : null}
      {error ? (
        <FormFieldErrorMessage id={`${id}-error`} className="utrecht-form-field__error-message">
          {error}
        </FormFieldErrorMessage>
      ) : null}
    </>
  );
}
