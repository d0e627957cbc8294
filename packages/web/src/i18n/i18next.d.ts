// Typed translation keys: t('nav.overview') is checked against the Dutch catalog.
import 'i18next';
import type nl from './nl.json';
import type { areasNl } from './areas.ts';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof nl & typeof areasNl };
    nsSeparator: false;
  }
}
