// A Personen row as a registration (createCaseInput, the same schema as hand entry), with the checks
// only an import needs: the regime and target group in the file must be what the rules core says.
import { formatDutchDate } from '@koers/domain';
import { createCaseInput, type RegistrationInput } from '../../use-cases/cases/case-input.types.ts';
import type { CaseRow } from '../../case-file/find-case.ts';
import type { CellReader } from './cells.ts';

const purposes: Record<string, 'non-temporary' | 'temporary' | 'religious-worker'> = {
  niettijdelijk: 'non-temporary',
  tijdelijk: 'temporary',
  geestelijkbedienaar: 'religious-worker',
};

/** Which column holds each field of the registration, for the reasons of a refusal. */
const fieldColumn: Record<string, string> = { gemeenteId: 'regel' };

export function personInput(cells: CellReader, gemeenteId: string): RegistrationInput | undefined {
  const permit = cells.text('permit')?.toLowerCase();
  const purposeText = cells.text('permitPurpose');
  const purpose = purposeText === undefined ? undefined : purposes[purposeText.toLowerCase().replace(/[\s-]+/g, '')];
  if (purposeText !== undefined && purpose === undefined) cells.refuse('permitPurpose', 'Vul niet-tijdelijk, tijdelijk of geestelijk bedienaar in.');
  const bsn = cells.text('bsn');
  const vNumber = cells.text('vNumber');
  const birthDate = cells.date('birthDate');
  const optionalDates = ['dutyStartOn', 'duoNoticeOn', 'linkedOn', 'registeredOn', 'housedOn', 'movedInOn'] as const;
  const dates: Partial<Record<(typeof optionalDates)[number], string>> = {};
  for (const k of optionalDates) {
    const d = cells.date(k);
    if (d !== undefined) dates[k] = d;
  }
  const bools: Partial<Record<'joinsProtectedHolder' | 'euFamilyMember' | 'interpreterNeeded', boolean>> = {};
  for (const k of ['joinsProtectedHolder', 'euFamilyMember', 'interpreterNeeded'] as const) {
    const b = cells.bool(k);
    if (b !== undefined) bools[k] = b;
  }
  const texts: Partial<Record<'phone' | 'email' | 'address' | 'preferredLanguage', string>> = {};
  for (const k of ['phone', 'email', 'address', 'preferredLanguage'] as const) {
    const t = cells.text(k);
    if (t !== undefined) texts[k] = t;
  }
  const candidate = {
    gemeenteId,
    ...(bsn ? { bsn: bsn.replace(/\D/g, '').padStart(9, '0') } : {}),
    ...(vNumber ? { vNumber: vNumber.replace(/\D/g, '') } : {}),
    givenNames: cells.text('givenNames') ?? '',
    familyName: cells.text('familyName') ?? '',
    birthDate: birthDate ?? (cells.text('birthDate') === undefined ? '' : '2000-01-01'),
    nationality: cells.text('nationality') ?? '',
    permit: permit?.startsWith('asiel') ? 'asiel' : permit?.startsWith('regulier') ? 'regulier' : (permit ?? ''),
    ...(purpose ? { permitPurpose: purpose } : {}),
    ...dates,
    ...bools,
    ...texts,
  };
  const parsed = createCaseInput.safeParse(candidate);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const key = String(issue.path[0] ?? 'regel');
      cells.refuse(fieldColumn[key] ?? key, issue.message.startsWith('Invalid') ? 'Ongeldige waarde.' : issue.message);
    }
    return undefined;
  }
  if (!dates.dutyStartOn) {
    cells.refuse('dutyStartOn', 'Vul de startdatum van de inburgeringsplicht in (de begindatum bij DUO): het regime en de controles van DUO hangen ervan af.');
    return undefined;
  }
  return { ...parsed.data, source: 'import' };
}

const regimes: Record<string, 'Wi2021' | 'Wi2013' | 'ELIP'> = { wi2021: 'Wi2021', wi2013: 'Wi2013', elip: 'ELIP' };
const targetGroups: Record<string, 'asiel' | 'gezin-overig'> = {
  asiel: 'asiel',
  asielstatushouder: 'asiel',
  gezinoverig: 'gezin-overig',
  gezinsmigrant: 'gezin-overig',
  overigemigrant: 'gezin-overig',
  gezinsmigrantenoverigemigrant: 'gezin-overig',
};

/**
 * The regime and target group in the file against the rules core's (`dutyColumns` on the new or
 * updated case row). Returns whether the case is an ELIP case.
 */
export function checkDuty(cells: CellReader, row: Pick<CaseRow, 'obliged' | 'regime' | 'targetGroup' | 'dutyStartOn' | 'dutyExplanation'>): boolean {
  const explanation = row.dutyExplanation?.duty.summary ?? '';
  const regimeText = cells.text('regime');
  let elip = false;
  if (regimeText !== undefined) {
    const given = regimes[regimeText.toLowerCase().replace(/[\s-]+/g, '')];
    if (!given) cells.refuse('regime', 'Vul Wi2021, Wi2013 of ELIP in.');
    else if (row.obliged !== true) cells.refuse('regime', `Volgens de regels is deze persoon niet inburgeringsplichtig: ${explanation}`);
    else {
      const expected = given === 'ELIP' ? 'Wi2013' : given;
      if (expected !== row.regime) {
        cells.refuse('regime', `De plicht ontstond op ${row.dutyStartOn ? formatDutchDate(row.dutyStartOn) : '?'}: dan geldt ${row.regime === 'Wi2013' ? 'de Wet inburgering 2013' : 'de Wet inburgering 2021'} (${row.regime}), niet ${given}${given === 'ELIP' ? ' (ELIP hoort bij de Wet inburgering 2013)' : ''}.`);
      }
      elip = given === 'ELIP';
    }
  }
  const groupText = cells.text('targetGroup');
  if (groupText !== undefined) {
    const given = targetGroups[groupText.toLowerCase().replace(/[\s/-]+/g, '')];
    if (!given) cells.refuse('targetGroup', 'Vul asiel of gezin-overig in.');
    else if (row.obliged !== true) cells.refuse('targetGroup', `Volgens de regels is deze persoon niet inburgeringsplichtig: ${explanation}`);
    else if (given !== row.targetGroup) cells.refuse('targetGroup', `Volgens de regels is de doelgroep ${row.targetGroup === 'asiel' ? 'asielstatushouder' : 'gezinsmigrant of overige migrant'}, niet ${given}: ${explanation}`);
  }
  return elip;
}
