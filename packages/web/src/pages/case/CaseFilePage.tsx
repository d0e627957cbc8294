import { DataList, Heading2, Paragraph } from '@utrecht/component-library-react';
import { Suspense, useEffect, useRef, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useLocation, useMatches, useParams } from 'react-router-dom';
import { useCaseFileQuery } from '../../api/caseQueries.ts';
import type { CaseFile } from '../../api/cases.ts';
import { useUser } from '../../auth/AuthContext.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { nestedRouteFocus, PageHeading } from '../../components/PageHeading.tsx';
import { Loading } from '../../components/RequireAuth.tsx';
import { Field } from './CaseFileFields.tsx';
import { casePartUrl, isCasePartHandle, OVERVIEW_PART_ID, partFromLegacyHash, visibleParts, type CasePart } from './caseParts.ts';
import { isCaseStatus } from './caseStatus.ts';
import { CaseTasks } from './CaseTasks.tsx';
import { ClosedCaseGate } from './ClosedCaseGate.tsx';
import { ClosedBanner } from './sections/AfsluitenSection.tsx';
import './case-file.css';


/** The part the current route names (its handle), the overview for /dossiers/:id itself. */
function useCurrentPartId(): string {
  const matches = useMatches();
  for (let i = matches.length - 1; i >= 0; i -= 1) {
    const handle = matches[i]?.handle;
    if (isCasePartHandle(handle)) return handle.casePartId;
  }
  return OVERVIEW_PART_ID;
}

/** The parts as a row of real links; the open one carries aria-current="page". */
function CasePartNav({ caseId, parts, current }: { caseId: string; parts: readonly CasePart[]; current: string }) {
  const { t } = useTranslation();
  return (
    <nav aria-label={t('case.file.tabs')} className="koers-case-nav">
      <ul className="koers-case-nav__list">
        {parts.map((p) => (
          <li key={p.id}>
            <Link className="utrecht-link koers-case-nav__link" to={casePartUrl(caseId, p.id)} aria-current={p.id === current ? 'page' : undefined} data-part={p.id}>
              {t(p.labelKey)}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/** Focuses the first h2 in `root` now or, while the part is still loading, when it appears. */
function focusFirstHeading(root: HTMLElement): () => void {
  const focusHeading = (): boolean => {
    const heading = root.querySelector('h2');
    if (!heading) return false;
    if (!heading.hasAttribute('tabindex')) heading.setAttribute('tabindex', '-1');
    heading.focus();
    return true;
  };
  if (focusHeading()) return () => undefined;
  const observer = new MutationObserver(() => {
    if (focusHeading()) observer.disconnect();
  });
  observer.observe(root, { childList: true, subtree: true });
  const timer = window.setTimeout(() => observer.disconnect(), 10_000);
  return () => {
    observer.disconnect();
    window.clearTimeout(timer);
  };
}

/**
 * Moves focus to the part's heading when the user opened a part (WCAG 2.4.3): between parts of
 * this case (the shell leaves those navigations to this layout), and when a link elsewhere (the
 * werkvoorraad) opened a part directly. Opening the overview from elsewhere is the shell's: the
 * page heading. The first page load keeps the browser's own focus.
 */
function useFocusPartHeading(caseId: string, partId: string, container: RefObject<HTMLDivElement | null>, ready: boolean): void {
  const location = useLocation();
  useEffect(() => {
    const prefix = `/dossiers/${encodeURIComponent(caseId)}`;
    const inThisCase = (path: string) => path === prefix || path.startsWith(`${prefix}/`);
    nestedRouteFocus.owns = (from, to) => inThisCase(from) && inThisCase(to);
    return () => {
      nestedRouteFocus.owns = null;
    };
  }, [caseId]);
  const shown = useRef<{ caseId: string; partId: string } | null>(null);
  useEffect(() => {
    const root = container.current;
    // The part container exists once the case file has loaded.
    if (!ready || !root) return;
    const before = shown.current;
    shown.current = { caseId, partId };
    if (location.key === 'default') return;
    const sameCase = before?.caseId === caseId;
    if (sameCase && before.partId === partId) return;
    if (!sameCase && partId === OVERVIEW_PART_ID) return;
    return focusFirstHeading(root);
    // Only when the part or the case changes, not on every render of the same part.
  }, [caseId, partId, container, location.key, ready]);
}

function CaseHeader({ file, name }: { file: CaseFile; name: string }) {
  const { t } = useTranslation();
  const person = file.case ?? file.partnerCase;
  const status = person?.status ?? '';
  const targetGroup = file.duty?.targetGroup;
  const caseNumber = person?.caseNumber;
  return (
    <DataList className="koers-case-summary" data-testid="case-header" aria-label={t('dossier.header', { name })}>
      <Field label={t('case.file.status')}>{isCaseStatus(status) ? t(`case.status.${status}`) : status}</Field>
      {caseNumber ? <Field label={t('labels.caseNumber')}>{caseNumber}</Field> : null}
      {file.duty ? (
        <Field label={t('case.file.targetGroup')}>
          {targetGroup === 'asiel' || targetGroup === 'gezin-overig' ? t(`case.targetGroup.${targetGroup}`) : t('case.targetGroup.none')}
          {file.duty.regime ? ` (${file.duty.regime})` : ''}
        </Field>
      ) : null}
      <Field label={t('case.file.caseManager')}>{file.caseManager?.name ?? t('case.file.noCaseManager')}</Field>
      <Field label={t('case.file.gemeente')}>{file.gemeente.name}</Field>
    </DataList>
  );
}

/**
 * The case file (/dossiers/:id and /dossiers/:id/<part>): the header, the part navigation and the
 * open tasks stay; the part below changes with the address. Parts come from caseParts.ts.
 */
export function CaseFilePage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const location = useLocation();
  const user = useUser();
  const partId = useCurrentPartId();
  const full = user.permissions.includes('case:read');
  const { data: file, error } = useCaseFileQuery(id, !full);
  const partContainer = useRef<HTMLDivElement>(null);
  useFocusPartHeading(id, partId, partContainer, file !== undefined);

  // Old addresses (/dossiers/:id#pip) open the part's own address.
  const legacy = partId === OVERVIEW_PART_ID ? partFromLegacyHash(location.hash) : null;
  if (legacy) return <Navigate replace to={`${casePartUrl(id, legacy.id)}${location.search}`} />;

  if (error && !file) {
    return (
      <>
        <PageHeading>{t('case.list.title')}</PageHeading>
        <ErrorAlert error={error} />
      </>
    );
  }
  if (!file) return <Loading />;

  const person = file.case ?? file.partnerCase;
  const name = person ? `${person.givenNames} ${person.familyName}` : '';
  const parts = visibleParts({ access: file.access, permissions: user.permissions, regime: file.duty?.regime ?? null });
  const part = parts.find((p) => p.id === partId);
  const partLabel = part ? t(part.labelKey) : t('dossier.partNotAvailable.title');
  const Part = part?.component;

  return (
    <div className="koers-case-file">
      <header className="koers-case-header">
        <PageHeading title={`${partLabel} — ${name}`}>{name}</PageHeading>
        <CaseHeader file={file} name={name} />
        {file.case ? <ClosedBanner kase={file.case} /> : null}
      </header>
      <CasePartNav caseId={id} parts={parts} current={partId} />
      <div className={file.access === 'full' ? 'koers-case-body koers-case-body--with-tasks' : 'koers-case-body'}>
        <div className="koers-case-part" ref={partContainer} data-testid="case-part" data-part={partId}>
          {Part ? (
            <ClosedCaseGate caseId={id} partId={partId} closed={person?.status === 'gesloten'}>
              <Suspense fallback={<Loading />}>
                <Part caseId={id} file={file} />
              </Suspense>
            </ClosedCaseGate>
          ) : (
            <section aria-labelledby="part-unavailable-heading" className="koers-case-section">
              <Heading2 id="part-unavailable-heading" tabIndex={-1}>
                {t('dossier.partNotAvailable.title')}
              </Heading2>
              <Paragraph>{t('dossier.partNotAvailable.text')}</Paragraph>
            </section>
          )}
        </div>
        {file.access === 'full' ? <CaseTasks caseId={id} file={file} /> : null}
      </div>
    </div>
  );
}
