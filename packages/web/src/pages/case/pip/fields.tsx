// Small accessible form pieces for the PIP section (NL Design System components, ids tied to
// labels, descriptions and error messages).
import {
  Fieldset,
  FieldsetLegend,
  FormField,
  FormFieldDescription,
  FormLabel,
  Paragraph,
  RadioButton,
  UnorderedList,
  UnorderedListItem,
} from '@utrecht/component-library-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Explanation } from '../../../api/pip.ts';
import { FieldMessages } from '../../../components/form/FieldShell.tsx';
import { ServerText } from '../../../components/ServerText.tsx';

const describedBy = (...ids: (string | undefined)[]) => ids.filter(Boolean).join(' ') || undefined;

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
      <FieldMessages id={id} description={description} error={error} />
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
            <ServerText>{s.text}</ServerText>
            {s.articles.length ? <> ({s.articles.join('; ')})</> : null}
          </UnorderedListItem>
        ))}
      </UnorderedList>
    </details>
  );
}
