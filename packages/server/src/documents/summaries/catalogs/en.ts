// English summaries of Koers letters (ADR 0164). Plain language: short sentences, one fact each.
import type { SummaryCatalog } from '../summary.ts';

export const en: SummaryCatalog = {
  dutchName: 'Engels',
  dir: 'ltr',
  title: 'Summary in English',
  disclaimer: 'This is a summary. The Dutch letter is the official decision.',
  routes: { B1: 'the B1 route (Dutch at level B1)', Z: 'the self-reliance route (Z route)', Onderwijs: 'the education route' },
  entries: {
    'intake-uitnodiging': [
      'The gemeente invites you to a meeting: the brede intake.',
      'Your appointment is on {meetingDate} at {meetingTime}.',
      'Contact the gemeente before {respondDate} to make an appointment.',
      'We talk about your education, work, health, family and language. After that we make your plan (PIP) together.',
      'Do you need an interpreter? Tell us. Can you not come? Let us know in time.',
      'If you do not come, you get a warning. After that, you can get a fine.',
    ],
    'intake-waarschuwing': [
      'You did not come to the brede intake, or you did not cooperate enough.',
      'This letter is a written warning.',
      'You get a new invitation. Respond or come before {respondDate}.',
      'If you do not come again, the gemeente can give you a fine.',
    ],
    'pip-beschikking': [
      'The gemeente has decided on your plan: the PIP (personal plan for integration and participation).',
      'You follow {route}.',
      'You have lessons {hoursPerWeek} hours per week.',
      'Your integration period ends on {termEndDate}.',
      'All agreements are in the Dutch letter.',
      'Do you disagree? You can object (bezwaar) within {objectionWeeks} weeks.',
    ],
    'pip-advies': [
      'The gemeente gives you advice about your plan: the PIP (personal plan for integration and participation).',
      'We advise {route}.',
      'The advice is {hoursPerWeek} hours of lessons per week.',
      'Your integration period ends on {termEndDate}.',
      'This is advice, not a decision. You cannot object to it.',
    ],
    'pip-intrekking': [
      'The gemeente withdraws your plan (PIP) of {issuedDate}.',
      'From {withdrawnDate} this plan no longer applies.',
      'If you still have to integrate, you get a new plan.',
      'Do you disagree? You can object (bezwaar) within {objectionWeeks} weeks.',
    ],
    'verlenging-toegekend': [
      'Your integration period has been extended by {months} months.',
      'You now have until {termEndDate}.',
      'We change your plan to the new period and discuss it with you.',
      'DUO decides on the extension. Do you disagree? You can object to DUO within six weeks.',
    ],
    'verlenging-afgewezen': [
      'Your integration period has not been extended.',
      'Your period ends on {termEndDate}.',
      'Your plan continues as agreed.',
      'DUO decides on the extension. Do you disagree? You can object to DUO within six weeks.',
    ],
    'pvt-certificaat': [
      'Congratulations! On {signedDate} you signed the participation statement.',
      'You took part in meetings for {hours} hours.',
      'The gemeente tells DUO.',
    ],
    'ontzorgen-teruggave': [
      'Until now, the gemeente paid some of your fixed bills from your benefit.',
      'From {fromDate} you pay these bills yourself again: {billCount} payments.',
      'The Dutch letter says for each bill to whom, how much and when.',
      'Set up automatic payments, so you do not forget.',
      'You get your full benefit in your own account again.',
    ],
    'handhaving-waarschuwing': [
      'The gemeente has found that you did not follow a rule of the integration law.',
      'This letter is a warning. You do not get a fine now.',
      'Contact the gemeente before {respondDate} and explain what happened.',
      'If it happens again, the gemeente can give you a fine.',
    ],
    'handhaving-voornemen': [
      'The gemeente plans to give you a fine of {amount}.',
      'This is not a decision yet. First you may give your opinion.',
      'You can react until {zienswijzeDate}: in writing or in a conversation.',
      'Tell us why it happened. Send proof if you have it.',
    ],
    'handhaving-boete': [
      'The gemeente gives you a fine of {amount}.',
      'You must still take part in the brede intake, before {newDeadlineDate}.',
      'You get a separate letter about paying. You can ask for a payment plan.',
      'Do you disagree? You can object (bezwaar) within {objectionWeeks} weeks.',
    ],
    'beslissing-op-bezwaar': [
      'The gemeente has decided on your objection (bezwaar) against the fine.',
      'You are right. The fine of {revokedAmount} is cancelled. You do not have to pay it.',
      'You are partly right. The fine goes down from {loweredFromAmount} to {newAmount}.',
      'You are not right. The fine stays {upheldAmount}.',
      'The gemeente did not assess your objection. The fine stays {inadmissibleAmount}.',
      'Do you disagree? You can go to court (beroep) within six weeks.',
    ],
  },
};
