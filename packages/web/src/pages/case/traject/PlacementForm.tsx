// Registering an inburgeringsaanbod: under one of the organisation's contracts (provider, location,
// start moment; ADR 0116) or, without a contract, a cursusinstelling from DUO's list (with its
// keurmerk); the dates and alfabetisering. Errors from the server, including DUO's pre-validation, are
// shown at the field they concern.
import { ButtonGroup, Heading3, PrimaryActionButton } from '@utrecht/component-library-react';
import { useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../api/client.ts';
import { caseKeys } from '../../../api/caseQueries.ts';
import { getCaseContracts, literacyValues, registerContractPlacement, registerPlacement, type Literacy, type Placement } from '../../../api/traject.ts';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { useFormSubmit } from '../../../components/form/useFormSubmit.ts';
import { RadioGroup } from '../pip/fields.tsx';
import { todayIso } from '../../../format/dates.ts';
import { ContractChoice, emptyPick, type ContractPick } from './ContractChoice.tsx';
import { InstellingSelect, useInstellingen } from './InstellingSelect.tsx';
import { PlacementDateFields, placementFieldError, type PlacementDates } from './placementFields.tsx';

type Mode = 'contract' | 'zonder';
const isIsoDate = (value: string) => /^\d{4}-\d{2}-\d{2}$/.test(value);
const fields = ['contractId', 'location', 'startMoment', 'instellingsnummer', 'offeredOn', 'expectedStartOn', 'expectedEndOn', 'literacy'];

/** The id of the first contract field still empty, to focus; null when all are chosen. */
const firstMissing = (pick: ContractPick): string | null =>
  !pick.contractId ? 'traject-contract' : !pick.location ? 'traject-contract-location' : !pick.startMoment ? 'traject-contract-start' : null;

export function PlacementForm({ caseId, onSaved }: { caseId: string; onSaved: (placement: Placement) => void }) {
  const { t } = useTranslation();
  const { instellingen, listError } = useInstellingen();
  const [instellingsnummer, setInstellingsnummer] = useState('');
  const [dates, setDates] = useState<PlacementDates>(() => ({ offeredOn: todayIso(), expectedStartOn: '', expectedEndOn: '' }));
  const [literacy, setLiteracy] = useState<Literacy>('NVT');
  const { busy, error, setError, run } = useFormSubmit();
  const [missing, setMissing] = useState(false);
  const [chosenMode, setChosenMode] = useState<Mode | null>(null);
  const [pick, setPick] = useState<ContractPick>(emptyPick);
  const { offeredOn, expectedStartOn, expectedEndOn } = dates;
  // Under the traject part's key, so a change of the traject refreshes the contracts too.
  const { data: contracts, error: contractsError } = useQuery({
    queryKey: [...caseKeys.part(caseId, 'traject'), 'contracts', offeredOn],
    queryFn: () => getCaseContracts(caseId, offeredOn),
    enabled: isIsoDate(offeredOn),
  });
  const hasContracts = (contracts ?? []).length > 0;
  // Contracts first when the case has any; the DUO list of instellingen is the alternative.
  const mode: Mode = hasContracts ? (chosenMode ?? 'contract') : 'zonder';

  async function submit(event: FormEvent) {
    event.preventDefault();
    setError(null);
    const first = mode === 'contract' ? firstMissing(pick) : instellingsnummer ? null : 'traject-instelling';
    if (first) {
      setMissing(true);
      requestAnimationFrame(() => document.getElementById(first)?.focus());
      return;
    }
    setMissing(false);
    const common = { offeredOn, ...(expectedStartOn ? { expectedStartOn } : {}), ...(expectedEndOn ? { expectedEndOn } : {}), literacy };
    const saved = (placement: Placement) => {
      if (mode === 'contract') setPick(emptyPick);
      else setInstellingsnummer('');
      setDates((old) => ({ ...old, expectedStartOn: '', expectedEndOn: '' }));
      onSaved(placement);
    };
    if (mode === 'contract') await run(() => registerContractPlacement(caseId, { ...pick, ...common }), saved);
    else await run(() => registerPlacement(caseId, { instellingsnummer, ...common }), saved);
  }

  const fieldError = (field: string) => placementFieldError(error, field);
  const contractFieldError = (field: 'contractId' | 'location' | 'startMoment'): string | undefined => {
    const fromServer = fieldError(field);
    if (fromServer) return fromServer;
    if (!missing) return undefined;
    return pick[field] ? undefined : t(`aanbieder.placementForm.required.${field}`);
  };
  const shownAtField = isApiError(error) && fields.some((f) => fieldError(f) !== undefined);

  return (
    <form noValidate className="koers-form" aria-labelledby="traject-placement-form-heading" onSubmit={(e) => void submit(e)} data-testid="traject-placement-form">
      <Heading3 id="traject-placement-form-heading">{t('traject.form.heading')}</Heading3>
      {/* DUO's refusal as a whole (e.g. not an asielstatushouder, no PIP) when no field carries it. */}
      {error && !shownAtField ? <ErrorAlert error={error} headingLevel={4} /> : null}
      {contractsError ? <ErrorAlert error={contractsError} title={t('aanbieder.placementForm.contractsUnavailable')} headingLevel={4} /> : null}
      {hasContracts ? (
        <RadioGroup
          id="traject-placement-mode"
          legend={t('aanbieder.placementForm.mode')}
          options={[
            { value: 'contract', label: t('aanbieder.placementForm.withContract') },
            { value: 'zonder', label: t('aanbieder.placementForm.withoutContract') },
          ]}
          value={mode}
          onChange={(next: Mode) => {
            setChosenMode(next);
            setMissing(false);
          }}
        />
      ) : null}
      {mode === 'contract' ? <ContractChoice contracts={contracts ?? []} value={pick} onChange={setPick} fieldError={contractFieldError} /> : null}
      {mode === 'zonder' && listError ? <ErrorAlert error={listError} title={t('traject.form.instellingenUnavailable')} headingLevel={4} /> : null}
      {mode === 'zonder' ? (
        <InstellingSelect instellingen={instellingen} value={instellingsnummer} error={missing ? t('traject.form.required') : fieldError('instellingsnummer')} onChange={setInstellingsnummer} />
      ) : null}
      <PlacementDateFields dates={dates} onChange={(key, value) => setDates((old) => ({ ...old, [key]: value }))} fieldError={fieldError} />
      <RadioGroup
        id="traject-literacy"
        legend={t('traject.placement.literacy')}
        error={fieldError('literacy')}
        options={literacyValues.map((v) => ({ value: v, label: t(`traject.placement.literacyValue.${v}`) }))}
        value={literacy}
        onChange={setLiteracy}
      />
      <ButtonGroup>
        <PrimaryActionButton type="submit" busy={busy} disabled={busy || (mode === 'zonder' && !instellingen)}>
          {t('traject.form.submit')}
        </PrimaryActionButton>
      </ButtonGroup>
    </form>
  );
}
