// The case list's filters, sort and page live in the address (so a list can be shared and the back
// button works): read them from the search params and write changes back.
import { useSearchParams } from 'react-router-dom';
import { type CaseFigure, caseFigures, type CaseStatus, caseStatuses, isOneOf } from '@koers/domain';
import type { CaseSort } from '../../api/cases.ts';

const sorts: readonly CaseSort[] = ['name', 'birthDate', 'status', 'createdAt', 'updatedAt', 'gemeente'];

export interface CaseListParams {
  zoek: string;
  gemeenteId: string;
  /** Unknown values in the address mean "no filter" (the server would refuse them). */
  status: CaseStatus | undefined;
  trajectregisseur: string;
  sort: CaseSort;
  order: 'asc' | 'desc';
  page: number;
  // The list behind a dashboard number (ADR 0140).
  kengetal: CaseFigure | undefined;
  waarde: string;
  van: string;
  tot: string;
}

export function useCaseListParams(): { params: CaseListParams; update: (next: Record<string, string>) => void } {
  const [search, setSearch] = useSearchParams();
  const sortParam = search.get('sorteer');
  const status = search.get('status');
  const kengetal = search.get('kengetal');
  const params: CaseListParams = {
    zoek: search.get('zoek') ?? '',
    gemeenteId: search.get('gemeente') ?? '',
    status: isOneOf(caseStatuses, status) ? status : undefined,
    trajectregisseur: search.get('regisseur') ?? '',
    sort: isOneOf(sorts, sortParam) ? sortParam : 'name',
    order: search.get('volgorde') === 'desc' ? 'desc' : 'asc',
    page: Math.max(1, Number(search.get('pagina') ?? '1') || 1),
    kengetal: isOneOf(caseFigures, kengetal) ? kengetal : undefined,
    waarde: search.get('waarde') ?? '',
    van: search.get('van') ?? '',
    tot: search.get('tot') ?? '',
  };
  function update(next: Record<string, string>) {
    const merged = new URLSearchParams(search);
    for (const [k, v] of Object.entries(next)) {
      if (v) merged.set(k, v);
      else merged.delete(k);
    }
    setSearch(merged);
  }
  return { params, update };
}
