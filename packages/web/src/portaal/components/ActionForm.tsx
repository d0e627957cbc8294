import { useState, type FormEvent, type ReactNode } from 'react';
import { PortaalError } from '../api/client.ts';
import { useI18n } from '../i18n/I18n.tsx';
import { ErrorMessage } from './States.tsx';

/**
 * A form that sends one action. A refusal shows right here, where the person acted; success shows
 * a confirmation in their language and calls onDone.
 */
export function ActionForm({
  submitKey,
  doneKey,
  onSubmit,
  onDone,
  children,
  validate,
  label,
  showDone = true,
}: {
  submitKey: string;
  doneKey: string;
  onSubmit: () => Promise<unknown>;
  onDone?: () => void;
  children?: ReactNode;
  /** A translation key for what is wrong with the input, or null when it is fine. */
  validate?: () => string | null;
  label: string;
  /** False when the parent shows the outcome itself (the form disappears after the change). */
  showDone?: boolean;
}) {
  const { t } = useI18n();
  const [state, setState] = useState<
    { kind: 'idle' } | { kind: 'busy' } | { kind: 'done' } | { kind: 'invalid'; key: string } | { kind: 'error'; error: PortaalError }
  >({
    kind: 'idle',
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const problem = validate?.() ?? null;
    if (problem) {
      setState({ kind: 'invalid', key: problem });
      return;
    }
    setState({ kind: 'busy' });
    onSubmit().then(
      () => {
        setState({ kind: 'done' });
        onDone?.();
      },
      (error: unknown) => setState({ kind: 'error', error: error instanceof PortaalError ? error : new PortaalError(0, 'NETWORK') }),
    );
  };
  return (
    <form className="portaal-form" onSubmit={submit} aria-label={label} noValidate>
      {children}
      {state.kind === 'invalid' ? (
        <p className="utrecht-form-field-error-message portaal-invalid" role="alert">
          {t(state.key)}
        </p>
      ) : null}
      {state.kind === 'error' ? <ErrorMessage error={state.error} /> : null}
      {state.kind === 'done' && showDone ? (
        <p className="utrecht-paragraph portaal-done" role="status">
          {t(doneKey)}
        </p>
      ) : null}
      <button type="submit" className="utrecht-button utrecht-button--primary-action portaal-button" disabled={state.kind === 'busy'}>
        {t(submitKey)}
      </button>
    </form>
  );
}
