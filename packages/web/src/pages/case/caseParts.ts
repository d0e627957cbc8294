// The parts of the case file: one registry for the routes (/dossiers/:id/<path>), the part
// navigation, the document title and who may see which part. Adding a part is one entry here
// (and its label in a catalog); the component loads in its own chunk when the part first opens.
import type { ParseKeys } from 'i18next';
import { lazy, type ComponentType, type LazyExoticComponent } from 'react';
import type { CaseFile } from '../../api/cases.ts';
import type { Permission } from '../../api/types.ts';

/** What every part component gets from the case-file layout. */
export interface CasePartProps {
  caseId: string;
  /** The case file as the header shows it (full or the partner's assigned view). */
  file: CaseFile;
}

/** What decides whether a part is shown: the user's access to this case, permissions and the case's regime. */
export interface CasePartContext {
  access: CaseFile['access'];
  permissions: readonly Permission[];
  /** 'Wi2021', 'Wi2013', or null while the duty is not determined. */
  regime: string | null;
}

export interface CasePart {
  /** Stable id; also the old anchor (#pip) and the `section` the server names in signals and deadlines. */
  id: string;
  /** Path segment below /dossiers/:id ('' for the overview). Dutch, as the user reads it. */
  path: string;
  /** i18n key of the part's name in the navigation and the document title. */
  labelKey: ParseKeys;
  /** `preload` requests the part's chunk before it renders (routes.tsx, preloadRoute). */
  component: LazyExoticComponent<ComponentType<CasePartProps>> & { preload?: () => Promise<unknown> };
  /** Who sees this part on which case. A Wi2013 case will get its own part instead of PIP here. */
  visibleFor: (context: CasePartContext) => boolean;
}

const part = <K extends string>(load: () => Promise<Record<K, ComponentType<CasePartProps>>>, name: K) =>
  Object.assign(lazy(async () => ({ default: (await load())[name] })), { preload: load });

const fullAccess = (c: CasePartContext) => c.access === 'full';
/** A Wi2013 case (the ondertussengroep, ADR 0109) has the light process instead of intake, PIP, traject and results. */
const wi2021Part = (c: CasePartContext) => fullAccess(c) && c.regime !== 'Wi2013';
const lightProcess = (c: CasePartContext) => fullAccess(c) && c.regime === 'Wi2013';
const everyone = () => true;

export const caseParts: readonly CasePart[] = [
  { id: 'overzicht', path: '', labelKey: 'case.file.overzicht', component: part(() => import('./sections/OverviewSection.tsx'), 'OverviewSection'), visibleFor: everyone },
  { id: 'voorbereiding', path: 'voorbereiding', labelKey: 'case.file.voorbereiding', component: part(() => import('./sections/VoorbereidingSection.tsx'), 'VoorbereidingSection'), visibleFor: fullAccess },
  { id: 'intake', path: 'intake', labelKey: 'case.file.intake', component: part(() => import('./sections/IntakeSection.tsx'), 'IntakeSection'), visibleFor: wi2021Part },
  { id: 'pip', path: 'pip', labelKey: 'case.file.pip', component: part(() => import('./sections/PipSection.tsx'), 'PipSection'), visibleFor: wi2021Part },
  { id: 'traject', path: 'traject', labelKey: 'case.file.traject', component: part(() => import('./sections/TrajectSection.tsx'), 'TrajectSection'), visibleFor: wi2021Part },
  { id: 'resultaten', path: 'resultaten', labelKey: 'case.file.resultaten', component: part(() => import('./sections/ResultatenSection.tsx'), 'ResultatenSection'), visibleFor: wi2021Part },
  { id: 'pvt-map', path: 'pvtmap', labelKey: 'case.file.pvt-map', component: part(() => import('./sections/PvtMapSection.tsx'), 'PvtMapSection'), visibleFor: wi2021Part },
  { id: 'voortgang', path: 'voortgang', labelKey: 'case.file.voortgang', component: part(() => import('./sections/VoortgangSection.tsx'), 'VoortgangSection'), visibleFor: wi2021Part },
  { id: 'participatie', path: 'participatie', labelKey: 'case.file.participatie', component: part(() => import('./sections/ParticipatieSection.tsx'), 'ParticipatieSection'), visibleFor: wi2021Part },
  { id: 'ondertussengroep', path: 'ondertussengroep', labelKey: 'case.file.ondertussengroep', component: part(() => import('./sections/OndertussengroepSection.tsx'), 'OndertussengroepSection'), visibleFor: lightProcess },
  { id: 'portaal', path: 'portaal', labelKey: 'case.file.portaal', component: part(() => import('./sections/PortaalSection.tsx'), 'PortaalSection'), visibleFor: wi2021Part },
  { id: 'begeleiding', path: 'begeleiding', labelKey: 'case.file.begeleiding', component: part(() => import('./sections/BegeleidingSection.tsx'), 'BegeleidingSection'), visibleFor: fullAccess },
  { id: 'ontzorgen', path: 'ontzorgen', labelKey: 'case.file.ontzorgen', component: part(() => import('./sections/OntzorgenSection.tsx'), 'OntzorgenSection'), visibleFor: fullAccess },
  { id: 'duo', path: 'duo', labelKey: 'case.file.duo', component: part(() => import('./sections/DuoSection.tsx'), 'DuoSection'), visibleFor: fullAccess },
  { id: 'handhaving', path: 'handhaving', labelKey: 'case.file.handhaving', component: part(() => import('./sections/HandhavingSection.tsx'), 'HandhavingSection'), visibleFor: fullAccess },
  { id: 'afsluiten', path: 'afsluiten', labelKey: 'case.file.afsluiten', component: part(() => import('./sections/AfsluitenSection.tsx'), 'AfsluitenSection'), visibleFor: fullAccess },
  { id: 'contactjournaal', path: 'contactjournaal', labelKey: 'case.file.contactjournaal', component: part(() => import('./sections/JournalSection.tsx'), 'JournalSection'), visibleFor: fullAccess },
  { id: 'tijdlijn', path: 'tijdlijn', labelKey: 'case.file.tijdlijn', component: part(() => import('./sections/TimelineSection.tsx'), 'TimelineSection'), visibleFor: fullAccess },
  { id: 'documenten', path: 'documenten', labelKey: 'case.file.documenten', component: part(() => import('./sections/DocumentsSection.tsx'), 'DocumentsSection'), visibleFor: fullAccess },
  {
    id: 'geschiedenis',
    path: 'geschiedenis',
    labelKey: 'case.file.geschiedenis',
    component: part(() => import('./sections/HistorySection.tsx'), 'HistorySection'),
    visibleFor: (c) => c.access === 'full' && c.permissions.includes('case:history'),
  },
];

export const OVERVIEW_PART_ID = 'overzicht';

/** The parts this user may open on this case, in navigation order. */
export function visibleParts(context: CasePartContext, parts: readonly CasePart[] = caseParts): CasePart[] {
  return parts.filter((p) => p.visibleFor(context));
}

export function findPart(id: string, parts: readonly CasePart[] = caseParts): CasePart | undefined {
  return parts.find((p) => p.id === id);
}

/** The address of a part of a case: /dossiers/:id or /dossiers/:id/<path>. Unknown ids go to the overview. */
export function casePartUrl(caseId: string, partId: string, parts: readonly CasePart[] = caseParts): string {
  const base = `/dossiers/${encodeURIComponent(caseId)}`;
  const path = findPart(partId, parts)?.path ?? '';
  return path ? `${base}/${path}` : base;
}

/**
 * The part an old anchor address meant (/dossiers/:id#pip, from bookmarks and links made before
 * the parts had their own address), or null when the hash names no part.
 */
export function partFromLegacyHash(hash: string, parts: readonly CasePart[] = caseParts): CasePart | null {
  if (!hash.startsWith('#')) return null;
  let id: string;
  try {
    id = decodeURIComponent(hash.slice(1));
  } catch {
    return null;
  }
  return findPart(id, parts) ?? null;
}

/** The route handle each child route of /dossiers/:id carries, so the layout knows the part. */
export interface CasePartHandle {
  casePartId: string;
}

export function isCasePartHandle(value: unknown): value is CasePartHandle {
  return typeof value === 'object' && value !== null && 'casePartId' in value && typeof value.casePartId === 'string';
}
