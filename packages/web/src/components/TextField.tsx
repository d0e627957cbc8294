import { Textbox } from '@utrecht/component-library-react';
import { forwardRef, type InputHTMLAttributes } from 'react';
import { FieldShell } from './form/FieldShell.tsx';

export interface TextFieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'id'> {
  id: string;
  label: string;
  description?: string;
  error?: string;
}

/** Label, optional description, textbox and error message, wired up with ids and ARIA. */
export const TextField = forwardRef<HTMLInputElement, TextFieldProps>(function TextField({ id, label, description, error, ...inputProps }, ref) {
  return (
    <FieldShell id={id} label={label} description={description} error={error}>
      {(control) => <Textbox ref={ref} {...control} {...inputProps} />}
    </FieldShell>
  );
});
