// Registering an inburgeringsaanbod: under one of the organisation's contracts (provider, location,
// start moment; ADR 0116) or, without a contract, a cursusinstelling from DUO's list (with its
// keurmerk); the dates and alfabetisering. Errors from the server, including DUO's pre-validation, are
// shown at the field they concern.
import {
  ButtonGroup,
  FormField,
  FormFieldDescription,
  FormFieldErrorMessage,
  FormLabel,
  Heading3,
  Paragraph,
  PrimaryActionButton,
  Select,
  SelectOption,
} from '@utrecht/component-library-react';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../api/client.ts';
import { caseKeys } from '../../../api/caseQueries.ts';
import {
  getCaseContracts,
  getInstellingen,
  literacyValues,
  registerContractPlacement,
  registerPlacement,
  type Instelling,
  type Literacy,
  type Placement,
} from '../../../api/traject.ts';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { TextField } from '../../../components/TextField.tsx';
import { RadioGroup } from '../pip/fields.tsx';
import { todayIso } from '../../../format/dates.ts';
import { ContractChoice, emptyPick, type ContractPick } from './ContractChoice.tsx';

type Mode = 'contract' | 'zonder';
const isIsoDate = (value: string) => /^\d{4}-\d{2}-\d{2}$/.test(value);

/** DUO pre-validation codes (validatePlacementForDuo) → the form field they are about. */
const duoFieldOf: Record<string, string> = {
  'provider-not-recognised': 'instellingsnummer',
  'before-current-pip': 'offeredOn',
  'outside-term': 'expectedEndOn',
  'bridging-before-course-end': 'expectedEndOn',
};

export function PlacementForm({ caseId, onSaved }: { caseId: string; onSaved: (placement: Placement) => void }) {
  const { t } = useTranslation();
  const [instellingen, setInstellingen] = useState<Instelling[] | null>(null);
  const [listError, setListError] = useState<unknown>(null);
  const [instellingsnummer, setInstellingsnummer] = useState('');
  const [offeredOn, setOfferedOn] = useState(todayIso());
  const [expectedStartOn, setExpectedStartOn] = useState('');
  const [expectedEndOn, setExpectedEndOn] = useState('');
  const [literacy, setLiteracy] = useState<Literacy>('NVT');
  const [error, setError] = useState<unknown>(null);
  const [missing, setMissing] = useState(false);
  const [busy, setBusy] = useState(false);
  const [chosenMode, setChosenMode] = useState<Mode | null>(null);
  const [pick, setPick] = useState<ContractPick>(emptyPick);
  // Under the traject part's key, so a change of the traject refreshes the contracts too.
  const { data: contracts, error: contractsError } = useQuery({
    queryKey: [...caseKeys.part(caseId, 'traject'), 'contracts', offeredOn],
    queryFn: () => getCaseContracts(caseId, offeredOn),
    enabled: isIsoDate(offeredOn),
  });
  const hasContracts = (contracts ?? []).length > 0;
  // Contracts first when the case has any; the DUO list of instellingen is the alternative.
  const mode: Mode = hasContracts ? (chosenMode ?? 'contract') : 'zonder';

  useEffect(() => {
    let active = true;
    getInstellingen()
      .then((list) => active && setInstellingen(list))
      .catch((caught: unknown) => active && setListError(caught));
    return () => {
      active = false;
    };
  }, []);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setError(null);
    if (mode === 'contract') {
      const first = !pick.contractId
        ? 'traject-contract'
        : !pick.location
          ? 'traject-contract-location'
          : !pick.startMoment
            ? 'traject-contract-start'
            : null;
      if (first) {
        setMissing(true);
        requestAnimationFrame(() => document.getElementById(first)?.focus());
        return;
      }
      setMissing(false);
      setBusy(true);
      try {
        const placement = await registerContractPlacement(caseId, {
          ...pick,
          offeredOn,
          ...(expectedStartOn ? { expectedStartOn } : {}),
          ...(expectedEndOn ? { expectedEndOn } : {}),
          literacy,
        });
        setPick(emptyPick);
        setExpectedStartOn('');
        setExpectedEndOn('');
        onSaved(placement);
      } catch (caught) {
        setError(caught);
      } finally {
        setBusy(false);
      }
      return;
    }
    if (!instellingsnummer) {
      setMissing(true);
      requestAnimationFrame(() => document.getElementById('traject-instelling')?.focus());
      return;
    }
    setMissing(false);
    setBusy(true);
    try {
      const placement = await registerPlacement(caseId, {
        instellingsnummer,
        offeredOn,
        ...(expectedStartOn ? { expectedStartOn } : {}),
        ...(expectedEndOn ? { expectedEndOn } : {}),
        literacy,
      });
      setInstellingsnummer('');
      setExpectedStartOn('');
      setExpectedEndOn('');
      onSaved(placement);
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  }

  const fieldError = (field: string): string | undefined => {
    if (!isApiError(error)) return undefined;
    const direct = error.messageFor(field);
    if (direct) return direct;
    const fromDuo = Object.entries(duoFieldOf)
      .filter(([code, f]) => f === field && error.fields[code])
      .map(([code]) => error.fields[code]);
    return fromDuo.length ? fromDuo.join(' ') : undefined;
  };
  const contractFieldError = (field: 'contractId' | 'location' | 'startMoment'): string | undefined => {
    const fromServer = fieldError(field);
    if (fromServer) return fromServer;
    if (!missing) return undefined;
    const empty = field === 'contractId' ? !pick.contractId : field === 'location' ? !pick.location : !pick.startMoment;
    return empty ? t(`aanbieder.placementForm.required.${field}`) : undefined;
  };
  const fields = [
    'contractId',
    'location',
    'startMoment',
    'instellingsnummer',
    'offeredOn',
    'expectedStartOn',
    'expectedEndOn',
    'literacy',
  ];
  const shownAtField = isApiError(error) && fields.some((f) => fieldError(f) !== undefined);
  const instellingError = missing ? t('traject.form.required') : fieldError('instellingsnummer');
  const describedBy = ['traject-instelling-description', instellingError ? 'traject-instelling-error' : ''].filter(Boolean).join(' ');

  return (
    <form
      noValidate
      className="koers-form"
      aria-labelledby="traject-placement-form-heading"
      onSubmit={(e) => void submit(e)}
      data-testid="traject-placement-form"
    >
      <Heading3 id="traject-placement-form-heading">{t('traject.form.heading')}</Heading3>
      {/* DUO's refusal as a whole (e.g. not an asielstatushouder, no PIP) when no field carries it. */}
      {error && !shownAtField ? <ErrorAlert error={error} headingLevel={4} /> : null}
      {contractsError ? (
        <ErrorAlert error={contractsError} title={t('aanbieder.placementForm.contractsUnavailable')} headingLevel={4} />
      ) : null}
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
      {mode === 'contract' ? (
        <ContractChoice contracts={contracts ?? []} value={pick} onChange={setPick} fieldError={contractFieldError} />
      ) : null}
      {mode === 'zonder' && listError ? (
        <ErrorAlert error={listError} title={t('traject.form.instellingenUnavailable')} headingLevel={4} />
      ) : null}
      {mode === 'zonder' ? (
        <FormField type="select" invalid={Boolean(instellingError)} className="koers-field">
          <Paragraph className="utrecht-form-field__label">
            <FormLabel htmlFor="traject-instelling">{t('traject.form.instelling')}</FormLabel>
          </Paragraph>
          <FormFieldDescription id="traject-instelling-description" className="utrecht-form-field__description">
            {t('traject.form.instellingDescription')}
          </FormFieldDescription>
          {instellingError ? (
            <FormFieldErrorMessage id="traject-instelling-error" className="utrecht-form-field__error-message">
              {instellingError}
            </FormFieldErrorMessage>
          ) : null}
          <Paragraph className="utrecht-form-field__input">
            <Select
              id="traject-instelling"
              value={instellingsnummer}
              invalid={Boolean(instellingError)}
              aria-invalid={instellingError ? true : undefined}
              aria-describedby={describedBy}
              required
              disabled={!instellingen}
              onChange={(e) => setInstellingsnummer(e.target.value)}
            >
              <SelectOption value="">{t('traject.form.chooseInstelling')}</SelectOption>
              {(instellingen ?? []).map((i) => (
                <SelectOption key={i.instellingsnummer} value={i.instellingsnummer}>
                  {i.naam}, {i.plaatsnaam} (
                  {[i.keurmerk ? t('traject.form.keurmerk') : null, i.taalschakel ? t('traject.form.taalschakel') : null]
                    .filter(Boolean)
                    .join(', ') || t('traject.form.noKeurmerk')}
                  )
                </SelectOption>
              ))}
            </Select>
          </Paragraph>
        </FormField>
      ) : null}
      <TextField
        id="traject-offered-on"
        type="date"
        label={t('traject.placement.offeredOn')}
        description={t('traject.form.offeredOnDescription')}
        value={offeredOn}
        required
        error={fieldError('offeredOn')}
        onChange={(e) => setOfferedOn(e.target.value)}
      />
      <TextField
        id="traject-expected-start"
        type="date"
        label={`${t('traject.placement.expectedStartOn')} ${t('traject.form.optional')}`}
        value={expectedStartOn}
        error={fieldError('expectedStartOn')}
        onChange={(e) => setExpectedStartOn(e.target.value)}
      />
      <TextField
        id="traject-expected-end"
        type="date"
        label={`${t('traject.placement.expectedEndOn')} ${t('traject.form.optional')}`}
        value={expectedEndOn}
        error={fieldError('expectedEndOn')}
        onChange={(e) => setExpectedEndOn(e.target.value)}
      />
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
