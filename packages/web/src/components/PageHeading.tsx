import { Heading1 } from '@utrecht/component-library-react';
import { useEffect, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export const PAGE_HEADING_ID = 'page-heading';

/** Sets the document title: "Page — Koers". */
export function useDocumentTitle(title: string): void {
  const { t } = useTranslation();
  const suffix = t('app.titleSuffix');
  useEffect(() => {
    document.title = title === suffix ? suffix : `${title} — ${suffix}`;
  }, [title, suffix]);
}

/**
 * The one <h1> of a page. It also sets the document title and is the element that receives
 * focus after client-side navigation (see AppShell), so it is focusable by script only.
 */
export function PageHeading({ children, title }: { children: ReactNode; title?: string }) {
  useDocumentTitle(title ?? (typeof children === 'string' ? children : ''));
  return (
    <Heading1 id={PAGE_HEADING_ID} tabIndex={-1} className="koers-page-heading">
      {children}
    </Heading1>
  );
}
