export * from './violation.ts';
export * from './lifecycle.ts';
export * from './apply-step.ts';
export * from './fine-context.ts';
export * from './collection.ts';
export * from './duo-fine.ts';
