// The server names a nested field by its path ("routes.1.priceCents", "locations.0.startMoments.2");
// a form shows the message next to the control that holds that part.
import { isApiError } from '../../../api/client.ts';

export function fieldErrorOf(error: unknown): (field: string) => string | undefined {
  return (field) => {
    if (!isApiError(error)) return undefined;
    const exact = error.messageFor(field);
    if (exact !== undefined) return exact;
    const nested = Object.entries(error.fields).find(([key]) => key.startsWith(`${field}.`));
    if (nested) return nested[1];
    return error.field?.startsWith(`${field}.`) ? error.message : undefined;
  };
}

export function hasFieldError(error: unknown, fields: readonly string[]): boolean {
  const of = fieldErrorOf(error);
  return fields.some((f) => of(f) !== undefined);
}
