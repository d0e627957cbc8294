// Small accessible form pieces for the PIP section (NL Design System components, ids tied to
// labels, descriptions and error messages).
import {
  Fieldset,
  FieldsetLegend,
  FormField,
  FormFieldDescription,
  FormFieldErrorMessage,
  FormLabel,
  Paragraph,
  RadioButton,
  Textarea,
  UnorderedList,
  UnorderedListItem,
} from '@utrecht/component-library-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Explanation } from '../../../api/pip.ts';

export function formatDate(value: string | null | undefined, language: string): string {
  if (!value) return '';
  const date = new Date(`${value}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return value;
  return new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : 'nl-NL', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(date);
}

/** The day before an exclusive end date (ISO). */
export function lastDay(endExclusive: string): string {
  const d = new Date(`${endExclusive}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}

export function todayIso(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
}

const describedBy = (...ids: (string | undefined)[]) => ids.filter(Boolean).join(' ') || undefined;

export function TextAreaField({
  id,
  label,
  description,
  error,
  value,
  onChange,
  rows = 3,
  disabled,
}: {
  id: string;
  label: string;
  description?: string;
  error?: string | undefined;
  value: string;
  onChange: (value: string) => void;
  rows?: number;
  disabled?: boolean;
}) {
  const descriptionId = description ? `${id}-description` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  return (
    <FormField type="text" invalid={Boolean(error)} className="koers-field">
      <Paragraph className="utrecht-form-field__label">
        <FormLabel htmlFor={id}>{label}</FormLabel>
      </Paragraph>
      {description ? (
        <FormFieldDescription id={descriptionId} className="utrecht-form-field__description">
          {description}
        </FormFieldDescription>
      ) : null}
      {error ? (
        <FormFieldErrorMessage id={errorId} className="utrecht-form-field__error-message">
          {error}
        </FormFieldErrorMessage>
      ) : null}
      <Paragraph className="utrecht-form-field__input">
        <Textarea
          id={id}
          rows={rows}
          value={value}
          disabled={disabled}
          invalid={Boolean(error)}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy(descriptionId, errorId)}
          onChange={(e) => onChange(e.target.value)}
        />
      </Paragraph>
    </FormField>
  );
}

export interface RadioOption<T extends string> {
  value: T;
  label: string;
  description?: string;
}

export function RadioGroup<T extends string>({
  id,
  legend,
  description,
  error,
  options,
  value,
  onChange,
  children,
  disabled,
}: {
  id: string;
  legend: string;
  description?: string;
  error?: string | undefined;
  options: readonly RadioOption<T>[];
  value: T | null;
  onChange: (value: T) => void;
  children?: ReactNode;
  disabled?: boolean;
}) {
  const descriptionId = description ? `${id}-description` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  return (
    <Fieldset invalid={Boolean(error)} aria-describedby={describedBy(descriptionId, errorId)} className="koers-field">
      <FieldsetLegend>{legend}</FieldsetLegend>
      {description ? (
        <FormFieldDescription id={descriptionId} className="utrecht-form-field__description">
          {description}
        </FormFieldDescription>
      ) : null}
      {error ? (
        <FormFieldErrorMessage id={errorId} className="utrecht-form-field__error-message">
          {error}
        </FormFieldErrorMessage>
      ) : null}
      {options.map((option) => {
        const optionId = `${id}-${option.value}`;
        const optionDescription = option.description ? `${optionId}-description` : undefined;
        return (
          <FormField key={option.value} type="radio" className="koers-radio">
            <Paragraph className="utrecht-form-field__input">
              <RadioButton
                id={optionId}
                name={id}
                value={option.value}
                checked={value === option.value}
                disabled={disabled}
                invalid={Boolean(error)}
                aria-describedby={optionDescription}
                onChange={() => onChange(option.value)}
              />
            </Paragraph>
            <Paragraph className="utrecht-form-field__label">
              <FormLabel htmlFor={optionId} type="radio">
                {option.label}
              </FormLabel>
            </Paragraph>
            {option.description ? (
              <FormFieldDescription id={optionDescription} className="utrecht-form-field__description">
                {option.description}
              </FormFieldDescription>
            ) : null}
          </FormField>
        );
      })}
      {children}
    </Fieldset>
  );
}

/** A rule's answer with its steps and articles, folded open on request. */
export function ExplanationDetails({ explanation, label }: { explanation: Explanation; label?: string }) {
  const { t } = useTranslation();
  return (
    <details className="koers-explanation">
      <summary>{label ?? t('pip.explanation.show')}</summary>
      <UnorderedList>
        {explanation.steps.map((s, i) => (
          <UnorderedListItem key={i}>
            {s.text}
            {s.articles.length ? <> ({s.articles.join('; ')})</> : null}
          </UnorderedListItem>
        ))}
      </UnorderedList>
    </details>
  );
}
