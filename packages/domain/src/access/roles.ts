// Roles and the permission matrix. Data, not code: every server route names one permission
// from this list, and the web app shows navigation by the same permissions.
import { isOneOf } from '../guards.ts';

export const roles = [
  'beheerder',
  'teamleider',
  'trajectregisseur',
  'financieel-medewerker',
  'beleidsadviseur',
  'partner-begeleiding',
  'partner-aanbieder',
  'partner-budgetbeheer',
  'hostingbeheerder',
  'functionaris-gegevensbescherming',
] as const;
export type Role = (typeof roles)[number];

export const permissions = [
  /** Manage users, roles and gemeente grants of the own organisation. */
  'admin:users',
  /** See and configure the organisation's gemeenten and their settings. */
  'admin:gemeenten',
  /**
   * The hosting party: add organisations with their first gemeenten and first beheerder. Sees the
   * installation's organisations and gemeenten, never case data or other organisations' users.
   */
  'admin:organisations',
  /**
   * Read the processing log (Logboek Dataverwerkingen) of the own gemeenten and the register of
   * processing activities; every read is itself logged.
   */
  'privacy:processing-log',
  /** Read cases (personal data) of granted gemeenten. */
  'case:read',
  /** Read special categories (health, personal circumstances) and the BSN. */
  'case:read-sensitive',
  /**
   * Read the contactjournaal's entries marked gevoelig (health, family matters); without it the
   * journal shows only how many such entries there are (ADR 0100).
   */
  'journal:sensitive',
  /** Create and change cases. */
  'case:write',
  /** Read the change history of a record. */
  'case:history',
  /** Only the cases a partner is assigned to, limited to the agreements that concern them. */
  'case:read-assigned',
  /** Own work queue. */
  'workqueue:own',
  /** The team's work queue (all case managers of the granted gemeenten). */
  'workqueue:team',
  /** Financieel ontzorgen: payment agreements and batches. */
  'finance:write',
  /** Aggregated figures without personal data. */
  'reports:aggregate',
  /** See how the DUO koppeling is doing per gemeente (status page; no personal data beyond one's other permissions). */
  'duo:status',
  /** Lift a stop of the DUO koppeling after DUO answered outside its spec (ADR 0055). */
  'duo:resume',
  /** Decide on a handhaving voornemen (fine or no fine) prepared by someone else: the four-eyes step (issue 14). */
  'handhaving:decide',
  /** Manage the organisation's providers and their contracts (ADR 0116). */
  'contracts:manage',
  /** Report attendance, hours, progress, interim reports and exam registrations for the own provider's placements (ADR 0117). */
  'provider:report',
  /** Keep the gemeente's sociale kaart (organisations to refer people to); no personal data (ADR 0122). */
  'sociale-kaart:manage',
  /** Keep the gemeente's catalogue of participation places for the Z-route; no personal data (ADR 0143). */
  'participatie:manage',
  /**
   * A budgetbeheer partner: the ontzorgen agreements assigned to it — payees, IBANs, amounts, days
   * and period only, never the case — and its monthly reports and problem signals (ADR 0147).
   */
  'ontzorgen:partner',
  /**
   * Maatschappelijke begeleiding (R17, ADR 0149): the begeleider's own screen of its assigned cases —
   * contacts, zelfredzaamheid scores, problems signalled, the duration. Never the intake's sensitive parts or the BSN.
   */
  'begeleiding:work',
  /** Enter the gemeente's huisvestingstaakstelling per half year (R3, ADR 0140); aggregates only. */
  'taakstelling:write',
  /**
   * The inburgeraar in the portal (issue 17, ADR 0152): their own case only, behind the portal wall
   * in the database. Held by no employee role: only by the portal's own principal.
   */
  'portaal:self',
] as const;
export type Permission = (typeof permissions)[number];

/** Least privilege: each role gets only what its work needs (process.md, "Who is involved"). */
export const permissionMatrix: Readonly<Record<Role, readonly Permission[]>> = {
  beheerder: ['admin:users', 'admin:gemeenten', 'privacy:processing-log', 'reports:aggregate', 'duo:status', 'duo:resume', 'contracts:manage', 'sociale-kaart:manage', 'participatie:manage', 'taakstelling:write'],
  teamleider: [
    'case:read',
    'case:read-sensitive',
    'journal:sensitive',
    'case:write',
    'case:history',
    'workqueue:own',
    'workqueue:team',
    'reports:aggregate',
    'duo:status',
    'duo:resume',
    'handhaving:decide',
    'sociale-kaart:manage',
    'participatie:manage',
  ],
  trajectregisseur: ['case:read', 'case:read-sensitive', 'journal:sensitive', 'case:write', 'case:history', 'workqueue:own', 'duo:status', 'participatie:manage'],
  // reports:aggregate: the SPUK verantwoording and its cost lines are finance's work too (ADR 0138).
  'financieel-medewerker': ['case:read', 'finance:write', 'duo:status', 'reports:aggregate'],
  beleidsadviseur: ['reports:aggregate', 'taakstelling:write'],
  'partner-begeleiding': ['case:read-assigned', 'begeleiding:work'],
  'partner-aanbieder': ['case:read-assigned', 'provider:report'],
  // Deliberately without case:read-assigned: the partner never opens the case file (ADR 0147).
  'partner-budgetbeheer': ['ontzorgen:partner'],
  hostingbeheerder: ['admin:organisations'],
  // The FG (art. 37–39 AVG) supervises, independently of the beheerder whose own actions are in the
  // log: the log and the register, nothing else (ADR 0098).
  'functionaris-gegevensbescherming': ['privacy:processing-log'],
};

/**
 * Principals that are not employees (ADR 0152): the inburgeraar signs in with DigiD to the portal.
 * Not in `roles`: no beheerder can give an account this role, and it has no user row.
 */
export const portaalRoles = ['inburgeraar'] as const;
export type PortaalRole = (typeof portaalRoles)[number];
export const portaalPermissionMatrix: Readonly<Record<PortaalRole, readonly Permission[]>> = {
  inburgeraar: ['portaal:self'],
};

export function isRole(value: string): value is Role {
  return isOneOf(roles, value);
}

export function permissionsOf(role: Role): readonly Permission[] {
  return permissionMatrix[role];
}

export function hasPermission(role: Role, permission: Permission): boolean {
  return permissionMatrix[role].includes(permission);
}

/** Roles whose users see personal data; the beleidsadviseur works on aggregates only. */
export function seesPersonalData(role: Role): boolean {
  const p = permissionMatrix[role];
  return p.includes('case:read') || p.includes('case:read-assigned') || p.includes('ontzorgen:partner');
}
