import { Textarea } from '@utrecht/component-library-react';
import { FieldShell } from './FieldShell.tsx';

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
  description?: string | undefined;
  error?: string | undefined;
  value: string;
  onChange: (value: string) => void;
  rows?: number;
  disabled?: boolean;
}) {
  return (
    <FieldShell id={id} label={label} description={description} error={error}>
      {(control) => <Textarea {...control} rows={rows} value={value} disabled={disabled} onChange={(e) => onChange(e.target.value)} />}
    </FieldShell>
  );
}
