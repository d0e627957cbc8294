// The one place in the case file that knows "this case is closed" (issue 12, ADR 0160). A closed
// case is read-only: the part below the navigation is rendered inside a disabled <fieldset>, so every
// form control and button of every part — present and future — is disabled by the browser itself,
// and a line above it says why and where to reopen. The parts whose writes the server keeps open on
// a closed case (closed-case-guard.ts: reopening and the household, notes, documents, DUO failures)
// are not gated. Sections can ask `useCaseClosed()` to hide a form instead of showing it disabled.
import { Paragraph } from '@utrecht/component-library-react';
import { createContext, useContext, useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { casePartUrl } from './caseParts.ts';
import './ClosedCaseGate.css';

/** Parts whose writes stay allowed on a closed case; mirrors the routes with openWhenClosed on the server. */
export const partsOpenWhenClosed: ReadonlySet<string> = new Set(['afsluiten', 'contactjournaal', 'documenten', 'duo']);

export interface CaseClosedState {
  /** The case is closed (status gesloten). */
  closed: boolean;
  /** The open part may still change the case (closed or not). */
  writable: boolean;
}

const CaseClosedContext = createContext<CaseClosedState>({ closed: false, writable: true });

/** Whether the case is closed and whether the current part may still change it. */
export function useCaseClosed(): CaseClosedState {
  return useContext(CaseClosedContext);
}

export function ClosedCaseGate({ caseId, partId, closed, children }: { caseId: string; partId: string; closed: boolean; children: ReactNode }) {
  const { t } = useTranslation();
  const noticeId = useId();
  const writable = !closed || partsOpenWhenClosed.has(partId);
  const state = { closed, writable };
  if (writable) return <CaseClosedContext.Provider value={state}>{children}</CaseClosedContext.Provider>;
  return (
    <CaseClosedContext.Provider value={state}>
      <Paragraph id={noticeId} className="koers-closed-gate__notice" data-testid="closed-gate-notice">
        {t('afsluiten.gate.readOnly')}{' '}
        <Link className="utrecht-link" to={casePartUrl(caseId, 'afsluiten')}>
          {t('afsluiten.gate.toReopen')}
        </Link>
      </Paragraph>
      <fieldset disabled className="koers-closed-gate" aria-describedby={noticeId} data-testid="closed-gate">
        {children}
      </fieldset>
    </CaseClosedContext.Provider>
  );
}
