export * from './access/roles.ts';
export * from './privacy/processing-activities.ts';
export * from './rules/index.ts';
export * from './workqueue/index.ts';
export * from './text/storable-text.ts';
export * from './journal/contact-journal.ts';
export * from './progress/progress-meetings.ts';
