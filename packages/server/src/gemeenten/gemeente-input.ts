// Input of gemeenten and organisations, shared by the API and the `koers` command line: Dutch
// messages that name the field by its label. Text is checked for NUL bytes and lone surrogates.
import { z } from 'zod';
import { checkGemeentecode, checkOin, isStorableText } from '@koers/domain';
import { passwordProblem, passwordProblemMessages } from '../auth/password-policy.ts';


/** Trimmed text of 1…max characters without NUL bytes or lone surrogates. */
export function plainText(label: string, max: number) {
  return z
    .string(`${label}: vul dit in`)
    .trim()
    .min(1, `${label}: vul dit in`)
    .max(max, `${label}: hoogstens ${max} tekens`)
    .refine(isStorableText, `${label}: bevat een teken dat niet kan worden opgeslagen`);
}

export const gemeentecodeInput = z
  .string('CBS-gemeentecode: vul de code van vier cijfers in')
  .refine(isStorableText, 'CBS-gemeentecode: bevat een teken dat niet kan worden opgeslagen')
  .trim()
  .superRefine((value, ctx) => {
    const check = checkGemeentecode(value);
    if (!check.valid) ctx.addIssue({ code: 'custom', message: `CBS-gemeentecode: ${check.message}` });
  });

/** An OIN, or '' / null for "not known yet" (DUO-berichten need it). */
export const oinInput = z
  .string('OIN: vul 20 cijfers in')
  .refine(isStorableText, 'OIN: bevat een teken dat niet kan worden opgeslagen')
  .trim()
  .superRefine((value, ctx) => {
    if (value === '') return;
    const check = checkOin(value);
    if (!check.valid) ctx.addIssue({ code: 'custom', message: `OIN: ${check.message}` });
  })
  .transform((v) => (v === '' ? null : v))
  .nullable();

export const gemeenteInput = z.strictObject({
  name: plainText('Naam gemeente', 100),
  code: gemeentecodeInput,
  oin: oinInput.optional().transform((v) => v ?? null),
});
export type GemeenteInput = z.infer<typeof gemeenteInput>;

export const gemeentePatch = z.strictObject({
  version: z.number('Versie: ontbreekt').int('Versie: moet een geheel getal zijn').min(1, 'Versie: moet een geheel getal zijn'),
  name: plainText('Naam gemeente', 100).optional(),
  code: gemeentecodeInput.optional(),
  oin: oinInput.optional(),
});
export type GemeentePatch = z.infer<typeof gemeentePatch>;

export const firstBeheerderInput = z
  .strictObject({
    name: plainText('Naam beheerder', 200),
    email: z.email('E-mailadres beheerder: vul een geldig e-mailadres in').max(254, 'E-mailadres beheerder: hoogstens 254 tekens'),
    password: z.string('Wachtwoord beheerder: vul een wachtwoord in').refine(isStorableText, 'Wachtwoord beheerder: bevat een teken dat niet kan worden opgeslagen').optional(),
    oidcSubject: plainText('OIDC-subject beheerder', 255).optional(),
  })
  .refine((b) => (b.password === undefined) !== (b.oidcSubject === undefined), {
    message: 'Wachtwoord beheerder: geef een wachtwoord óf een OIDC-subject (inloggen via de identiteitsprovider), niet allebei en niet geen van beide',
    path: ['password'],
  })
  .superRefine((b, ctx) => {
    // The one password rule of the app (src/auth/password-policy.ts), with the account's own words.
    if (b.password === undefined) return;
    const problem = passwordProblem(b.password, { email: b.email, name: b.name });
    if (problem) ctx.addIssue({ code: 'custom', path: ['password'], message: `Wachtwoord beheerder: ${passwordProblemMessages[problem]}` });
  });
export type FirstBeheerderInput = z.infer<typeof firstBeheerderInput>;

export const organisationInput = z
  .strictObject({
    name: plainText('Naam organisatie', 200),
    gemeenten: z.array(gemeenteInput, 'Gemeenten: voeg minstens één gemeente toe').min(1, 'Gemeenten: voeg minstens één gemeente toe').max(100, 'Gemeenten: hoogstens 100'),
    beheerder: firstBeheerderInput,
  })
  .superRefine((o, ctx) => {
    const seen = new Map<string, number>();
    o.gemeenten.forEach((g, i) => {
      if (seen.has(g.code)) ctx.addIssue({ code: 'custom', path: ['gemeenten', i, 'code'], message: `CBS-gemeentecode: ${g.code} staat twee keer in de lijst` });
      seen.set(g.code, i);
      if (g.oin !== null && o.gemeenten.some((other, j) => j < i && other.oin === g.oin))
        ctx.addIssue({ code: 'custom', path: ['gemeenten', i, 'oin'], message: `OIN: ${g.oin} staat twee keer in de lijst` });
    });
  });
export type OrganisationInput = z.infer<typeof organisationInput>;
