import { Heading1 } from '@utrecht/component-library-react';
import { useEffect, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export const PAGE_HEADING_ID = 'page-heading';

/**
 * Set by the shell when the route changes. A page that renders its heading only after loading
 * data takes the focus when the heading appears, unless the user has moved focus elsewhere.
 */
export const headingFocus = { pending: false };

/**
 * A layout with parts of its own (the case file) handles focus when the user moves between its
 * parts: while mounted it sets `owns`, and the shell leaves those navigations to it.
 */
export const nestedRouteFocus: { owns: ((fromPath: string, toPath: string) => boolean) | null } = { owns: null };

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
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (!headingFocus.pending) return;
    const active = document.activeElement;
    if (active === null || active === document.body || active.id === 'main-content') {
      headingFocus.pending = false;
      ref.current?.focus();
    }
  }, []);
  return (
    <Heading1 ref={ref} id={PAGE_HEADING_ID} tabIndex={-1} className="koers-page-heading">
      {children}
    </Heading1>
  );
}
