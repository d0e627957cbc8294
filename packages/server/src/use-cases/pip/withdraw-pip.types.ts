// Input of withdrawing (intrekken) a vastgesteld PIP.
import { z } from 'zod';
import { text, isoDate } from '../../contract/input-fields.ts';

export const withdrawalReasons = ['verhuizing', 'plicht-beeindigd', 'bezwaar-gegrond', 'onjuist-vastgesteld', 'anders'] as const;
export type WithdrawalReason = (typeof withdrawalReasons)[number];

/** Dutch labels, also used in the letter and the timeline. */
export const withdrawalReasonLabels: Record<WithdrawalReason, string> = {
  verhuizing: 'de inburgeringsplichtige is verhuisd naar een andere gemeente',
  'plicht-beeindigd': 'de inburgeringsplicht is beëindigd',
  'bezwaar-gegrond': 'het bezwaar tegen het PIP is gegrond verklaard',
  'onjuist-vastgesteld': 'het PIP is onjuist vastgesteld',
  anders: 'een andere reden',
};

export const withdrawPipInput = z
  .strictObject({
    withdrawnOn: isoDate('Vul een datum in als JJJJ-MM-DD'),
    reason: z.enum(withdrawalReasons, 'Kies een reden voor het intrekken'),
    note: text().trim().max(2000, 'Maximaal 2000 tekens').nullable().optional(),
  })
  .superRefine((v, ctx) => {
    if (v.reason === 'anders' && !v.note) ctx.addIssue({ code: 'custom', path: ['note'], message: 'Licht de reden toe (verplicht bij ‘anders’)' });
  });
export type WithdrawPipInput = z.infer<typeof withdrawPipInput>;
