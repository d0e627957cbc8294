// Accessible form pieces for the voorbereiding and intake sections: NL Design System components,
// every control with a label, its description and its error message tied to it by id.
import {
  Checkbox,
  FormField,
  FormFieldDescription,
  FormFieldErrorMessage,
  FormLabel,
  Paragraph,
  Select,
  SelectOption,
  Textarea,
  UnorderedList,
  UnorderedListItem,
} from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../api/client.ts';
import type { Explanation } from '../../../api/intake.ts';

const describedBy = (...ids: (string | undefined)[]) => ids.filter(Boolean).join(' ') || undefined;

function Messages({ id, description, error }: { id: string; description?: string | undefined; error?: string | undefined }) {
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

export function TextAreaField(props: {
  id: string;
  label: string;
  description?: string | undefined;
  error?: string | undefined;
  value: string;
  onChange: (value: string) => void;
  rows?: number;
}) {
  const { id, label, description, error, value, onChange, rows = 3 } = props;
  return (
    <FormField type="text" invalid={Boolean(error)} className="koers-field">
      <Paragraph className="utrecht-form-field__label">
        <FormLabel htmlFor={id}>{label}</FormLabel>
      </Paragraph>
      <Messages id={id} description={description} error={error} />
      <Paragraph className="utrecht-form-field__input">
        <Textarea
          id={id}
          rows={rows}
          value={value}
          invalid={Boolean(error)}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy(description ? `${id}-description` : undefined, error ? `${id}-error` : undefined)}
          onChange={(e) => onChange(e.target.value)}
        />
      </Paragraph>
    </FormField>
  );
}

export function SelectField<T extends string>(props: {
  id: string;
  label: string;
  description?: string | undefined;
  error?: string | undefined;
  value: T;
  options: readonly { value: T; label: string }[];
  onChange: (value: T) => void;
}) {
  const { id, label, description, error, value, options, onChange } = props;
  return (
    <FormField type="text" invalid={Boolean(error)} className="koers-field">
      <Paragraph className="utrecht-form-field__label">
        <FormLabel htmlFor={id}>{label}</FormLabel>
      </Paragraph>
      <Messages id={id} description={description} error={error} />
      <Paragraph className="utrecht-form-field__input">
        <Select
          id={id}
          value={value}
          invalid={Boolean(error)}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy(description ? `${id}-description` : undefined, error ? `${id}-error` : undefined)}
          onChange={(e) => {
            const next = options.find((o) => o.value === e.target.value);
            if (next) onChange(next.value);
          }}
        >
          {options.map((o) => (
            <SelectOption key={o.value} value={o.value}>
              {o.label}
            </SelectOption>
          ))}
        </Select>
      </Paragraph>
    </FormField>
  );
}

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
      <Messages id={id} description={description} error={error} />
    </FormField>
  );
}

/** The server's message for one field of a failed request. */
export function fieldError(error: unknown, field: string): string | undefined {
  return isApiError(error) ? error.messageFor(field) : undefined;
}

const locale = (language: string) => (language === 'en' ? 'en-GB' : 'nl-NL');

export function formatDate(value: string | null | undefined, language: string): string {
  if (!value) return '';
  const date = new Date(`${value}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return value;
  return new Intl.DateTimeFormat(locale(language), { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(date);
}

export function formatDateTime(value: string | null | undefined, language: string): string {
  if (!value) return '';
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  return new Intl.DateTimeFormat(locale(language), { day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit', timeZone: 'Europe/Amsterdam' }).format(date);
}

/** A datetime-local value ("2026-12-04T10:00", the user's local time) as ISO 8601. */
export function localToIso(value: string): string | undefined {
  if (!value) return undefined;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString();
}

/** ISO 8601 → a datetime-local value in the user's local time. */
export function isoToLocal(value: string | null): string {
  if (!value) return '';
  const d = new Date(value);
  if (Number.isNaN(d.getTime())) return '';
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

export function todayIso(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
}

/** The rules core's explanation: summary plus the steps and articles behind a disclosure. */
export function ExplanationText({ explanation }: { explanation: Explanation }) {
  const { t } = useTranslation();
  return (
    <>
      <Paragraph>{explanation.summary}</Paragraph>
      {explanation.steps.length ? (
        <details className="koers-explanation">
          <summary>{t('intake.explanation.show')}</summary>
          <UnorderedList>
            {explanation.steps.map((s, i) => (
              <UnorderedListItem key={i}>
                {s.text}
                {s.articles.length ? ` (${s.articles.join('; ')})` : ''}
              </UnorderedListItem>
            ))}
          </UnorderedList>
        </details>
      ) : null}
    </>
  );
}
