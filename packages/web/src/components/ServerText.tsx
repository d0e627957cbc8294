// Text the server wrote (explanations, reasons, messages, document titles) is Dutch. In English
// mode it is marked lang="nl", so a screen reader reads it with Dutch pronunciation (WCAG 3.1.2).
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** The lang attribute for Dutch server text: "nl" when the interface is not Dutch, else none. */
export function useServerLang(): 'nl' | undefined {
  const { i18n } = useTranslation();
  return (i18n.resolvedLanguage ?? i18n.language ?? 'nl').startsWith('nl') ? undefined : 'nl';
}

/** Dutch text from the server, inline. */
export function ServerText({ children }: { children: ReactNode }) {
  const lang = useServerLang();
  return lang ? <span lang={lang}>{children}</span> : <>{children}</>;
}
