// The inputs of the inburgeraar portal's API (issue 17): queries, parameters and bodies of the
// endpoints under /api/portaal/. The responses are in portaal.view.ts; docs/portaal-api.md
// describes both.
import { z } from 'zod';
import { appointmentResponses, portaalLanguages } from '@koers/domain';
import { text } from '../../contract/input-fields.ts';

/** GET /api/portaal/login?gemeente=<code>: 302 to the gemeente's DigiD broker. */
export const portaalLoginQuery = z.strictObject({
  gemeente: text('Gemeente: geef de code van de gemeente')
    .trim()
    .min(1, 'Gemeente: geef de code van de gemeente')
    .max(20, 'Gemeente: hoogstens 20 tekens'),
});
export type PortaalLoginQuery = z.infer<typeof portaalLoginQuery>;

/** GET /api/portaal/callback?code&state (from the broker): 302 to /portaal/ or /portaal/?fout=<code>. */
export const portaalCallbackQuery = z.looseObject({
  code: text().max(2000).optional(),
  state: text().max(200).optional(),
  error: text().max(200).optional(),
});
export type PortaalCallbackQuery = z.infer<typeof portaalCallbackQuery>;

/** The `fout` codes the callback may put in its redirect to /portaal/?fout=<code>. */
export const portaalLoginErrors = ['geen-dossier', 'inloggen-mislukt', 'onbekende-gemeente'] as const;
export type PortaalLoginError = (typeof portaalLoginErrors)[number];

export const portaalReactieInput = z.strictObject({
  response: z.enum(appointmentResponses, 'Reactie: kies bevestigen of verzetten'),
  reason: text().trim().max(1000, 'Reden: hoogstens 1000 tekens').optional(),
});
export type PortaalReactieInput = z.infer<typeof portaalReactieInput>;

export const portaalIdParams = z.strictObject({ id: z.uuid('Ongeldige id') });

/** The language of the summaries: the portal's current language; Dutch when absent. */
export const portaalBrievenQuery = z.object({ taal: z.enum(portaalLanguages).default('nl') });

export const portaalBerichtInput = z.strictObject({
  text: text('Bericht: schrijf een bericht').trim().min(1, 'Bericht: schrijf een bericht').max(4000, 'Bericht: hoogstens 4000 tekens'),
});
export type PortaalBerichtInput = z.infer<typeof portaalBerichtInput>;

export const portaalInzageQuery = z.strictObject({
  /** Page through older entries: the `next` of the previous page. */
  before: z.coerce.number().int().min(1).optional(),
});
export type PortaalInzageQuery = z.infer<typeof portaalInzageQuery>;
