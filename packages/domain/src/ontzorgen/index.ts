export * from './agreement.ts';
export * from './payments.ts';
export * from './checkpoints.ts';
export * from './budgetbeheer.ts';
export * from './bank-reasons.ts';
