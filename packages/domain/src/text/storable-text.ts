// Text that PostgreSQL can store: no NUL character (text and jsonb refuse it) and no lone UTF-16
// surrogate (jsonb refuses it; elsewhere it would become U+FFFD). One place for the rule: the domain's
// settings schema, the server's zod helpers (src/routes/schemas.ts) and the password rule use it.

export type TextProblem = 'nul' | 'surrogaat';

export function textProblem(value: string): TextProblem | undefined {
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    if (code === 0) return 'nul';
    if (code >= 0xd800 && code <= 0xdbff) {
      const next = value.charCodeAt(i + 1);
      if (!(next >= 0xdc00 && next <= 0xdfff)) return 'surrogaat';
      i++;
    } else if (code >= 0xdc00 && code <= 0xdfff) {
      return 'surrogaat';
    }
  }
  return undefined;
}

export const textProblemMessages: Record<TextProblem, string> = {
  nul: 'bevat een nulteken (\\u0000), dat niet kan worden opgeslagen',
  surrogaat: 'bevat een ongeldig teken (een losse UTF-16-surrogaat)',
};

/** The refinement every stored text field uses (its identity is checked by the server's schema test). */
export function isStorableText(value: string): boolean {
  return textProblem(value) === undefined;
}
