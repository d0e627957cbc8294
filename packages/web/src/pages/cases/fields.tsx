// Small form and table helpers shared by the case pages.
import {
  Button,
  FormField,
  FormFieldDescription,
  FormFieldErrorMessage,
  FormLabel,
  Paragraph,
  Select,
  SelectOption,
  StatusBadge,
  TableHeaderCell,
} from '@utrecht/component-library-react';
import type { ReactNode } from 'react';

export function SelectField({
  id,
  label,
  value,
  options,
  onChange,
  error,
  description,
  required,
}: {
  id: string;
  label: string;
  value: string;
  options: readonly { value: string; label: string }[];
  onChange: (value: string) => void;
  error?: string | undefined;
  description?: string;
  required?: boolean;
}) {
  const errorId = error ? `${id}-error` : undefined;
  const descriptionId = description ? `${id}-description` : undefined;
  return (
    <FormField type="select" invalid={Boolean(error)} className="koers-field">
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
        <Select
          id={id}
          name={id}
          value={value}
          invalid={Boolean(error)}
          aria-invalid={error ? true : undefined}
          aria-describedby={[descriptionId, errorId].filter(Boolean).join(' ') || undefined}
          required={required}
          onChange={(event) => onChange(event.target.value)}
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

/** A column header that sorts the table; announces the current order with aria-sort. */
export function SortHeader<K extends string>({
  column,
  label,
  sort,
  order,
  onSort,
  sortByLabel,
}: {
  column: K;
  label: string;
  sort: K;
  order: 'asc' | 'desc';
  onSort: (column: K) => void;
  sortByLabel: string;
}) {
  const active = sort === column;
  return (
    <TableHeaderCell scope="col" aria-sort={active ? (order === 'asc' ? 'ascending' : 'descending') : 'none'}>
      <Button type="button" appearance="subtle-button" className="koers-sort-button" aria-label={sortByLabel} onClick={() => onSort(column)}>
        {label}
        {active ? <span aria-hidden="true">{order === 'asc' ? ' ▲' : ' ▼'}</span> : null}
      </Button>
    </TableHeaderCell>
  );
}

/** dd-mm-jjjj in Dutch, "12 Jan 2026" in English. */
export function formatDate(value: string | null | undefined, language: string): string {
  if (!value) return '';
  const [y, m, d] = value.slice(0, 10).split('-').map(Number);
  if (!y || !m || !d) return value;
  return new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : 'nl-NL', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(Date.UTC(y, m - 1, d)),
  );
}

/** An NL Design System status badge (colours from the design tokens). */
export function Badge({ children, tone }: { children: ReactNode; tone: 'danger' | 'info' }) {
  return (
    <StatusBadge status={tone === 'danger' ? 'danger' : 'neutral'} className="koers-badge">
      {children}
    </StatusBadge>
  );
}
