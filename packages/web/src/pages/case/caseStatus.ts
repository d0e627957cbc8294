// The case statuses the screens translate (case.status.*): a type guard for a status that comes as a string.
import type { CaseStatus } from '@koers/domain';
import { isOneOf } from '@koers/domain';

// tsc fails here when the domain adds a status the screens have no label for.
type Exhaustive<Known, All> = [All] extends [Known] ? ([Known] extends [All] ? true : never) : never;

const caseStatusIds = ['aangemeld', 'voorbereiding', 'intake', 'pip', 'pip-vastgesteld', 'traject', 'opgeschort', 'gesloten'] as const satisfies readonly CaseStatus[];
const _allStatuses: Exhaustive<(typeof caseStatusIds)[number], CaseStatus> = true;

export const isCaseStatus = (value: string): value is CaseStatus => isOneOf(caseStatusIds, value);
