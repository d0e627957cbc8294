import { Select, SelectOption } from '@utrecht/component-library-react';
import { FieldShell } from './FieldShell.tsx';

export function SelectField<T extends string>({
  id,
  label,
  description,
  error,
  value,
  options,
  onChange,
  required,
}: {
  id: string;
  label: string;
  description?: string | undefined;
  error?: string | undefined;
  value: T;
  options: readonly { value: T; label: string }[];
  onChange: (value: T) => void;
  required?: boolean;
}) {
  return (
    <FieldShell id={id} label={label} description={description} error={error} type="select">
      {(control) => (
        <Select
          {...control}
          name={id}
          value={value}
          required={required}
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
      )}
    </FieldShell>
  );
}
