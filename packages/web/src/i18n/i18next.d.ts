// Typed translation keys: t('nav.overview') is checked against the Dutch catalog.
import 'i18next';
import type nl from './nl.json';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof nl };
    nsSeparator: false;
  }
}
