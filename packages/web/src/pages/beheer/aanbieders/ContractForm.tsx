// Add or edit a contract: provider, gemeenten sharing it, routes with price, keurmerk, locations with
// start moments, reporting frequency, access after a placement ends and the period (ADR 0116).
import { ButtonGroup, Fieldset, FieldsetLegend, FormFieldCheckbox, FormFieldErrorMessage, Heading2, PrimaryActionButton, SecondaryActionButton } from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { contractRoutes, createContract, keurmerkChoices, updateContract, type Contract, type ContractFields, type ContractRouteCode, type KeurmerkChoice, type Provider } from '../../../api/providers.ts';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { TextField } from '../../../components/TextField.tsx';
import { SelectField } from '../../../components/form/SelectField.tsx';
import { useFormSubmit } from '../../../components/form/useFormSubmit.ts';
import { centsToInput, parseEuro } from '../../../format/money.ts';
import { LocationsFieldset, RoutesFieldset, type LocationDraft } from './ContractFieldsets.tsx';
import { fieldErrorOf, hasFieldError } from './fieldErrors.ts';

const fields = ['providerId', 'name', 'gemeenteIds', 'routes', 'keurmerk', 'keurmerkValidUntil', 'locations', 'reportingEveryWeeks', 'startsOn', 'endsOn', 'accessMonthsAfterEnd'] as const;

/** A number typed by the user; NaN (sent as null) lets the server name the field. */
const wholeNumber = (text: string) => (/^\s*\d+\s*$/.test(text) ? Number(text) : Number.NaN);

export function ContractForm({ providers, gemeenten, editing, onSaved, onCancel }: { providers: readonly Provider[]; gemeenten: readonly { id: string; name: string }[]; editing: Contract | null; onSaved: (name: string) => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const [providerId, setProviderId] = useState(editing?.providerId ?? '');
  const [name, setName] = useState(editing?.name ?? '');
  const [gemeenteIds, setGemeenteIds] = useState<string[]>(editing?.gemeenten.map((g) => g.id) ?? (gemeenten.length === 1 && gemeenten[0] ? [gemeenten[0].id] : []));
  const [prices, setPrices] = useState<Partial<Record<ContractRouteCode, string>>>(() =>
    Object.fromEntries((editing?.routes ?? []).map((r) => [r.route, centsToInput(r.priceCents)])),
  );
  const [keurmerk, setKeurmerk] = useState<KeurmerkChoice>(editing?.keurmerk.kind === 'blik-op-werk' ? 'blik-op-werk' : 'geen');
  const [keurmerkValidUntil, setKeurmerkValidUntil] = useState(editing?.keurmerk.validUntil ?? '');
  const [locations, setLocations] = useState<LocationDraft[]>(() =>
    (editing?.locations ?? [{ name: '', startMoments: [] }]).map((l, i) => ({ key: i, name: l.name, startMoments: l.startMoments.join(', ') })),
  );
  const [reportingEveryWeeks, setReportingEveryWeeks] = useState(String(editing?.reportingEveryWeeks ?? 4));
  const [accessMonthsAfterEnd, setAccessMonthsAfterEnd] = useState(String(editing?.accessMonthsAfterEnd ?? 3));
  const [startsOn, setStartsOn] = useState(editing?.startsOn ?? '');
  const [endsOn, setEndsOn] = useState(editing?.endsOn ?? '');
  const { busy, error, run } = useFormSubmit();

  const values = (): ContractFields => ({
    providerId,
    name,
    gemeenteIds,
    routes: contractRoutes.filter((r) => prices[r] !== undefined).map((route) => ({ route, priceCents: parseEuro(prices[route] ?? '') ?? Number.NaN })),
    keurmerk: keurmerk === 'geen' ? null : keurmerk,
    keurmerkValidUntil: keurmerk === 'geen' || keurmerkValidUntil === '' ? null : keurmerkValidUntil,
    locations: locations.map((l) => ({ name: l.name, startMoments: l.startMoments.split(',').map((m) => m.trim()).filter((m) => m !== '') })),
    reportingEveryWeeks: wholeNumber(reportingEveryWeeks),
    accessMonthsAfterEnd: wholeNumber(accessMonthsAfterEnd),
    startsOn,
    endsOn,
  });

  async function submit(event: FormEvent) {
    event.preventDefault();
    await run(() => (editing ? updateContract(editing.id, editing.version, values()) : createContract(values())), (saved) => onSaved(saved.name));
  }
  const fieldError = fieldErrorOf(error);
  const gemeentenError = fieldError('gemeenteIds');

  return (
    <form noValidate className="koers-form koers-panel" aria-labelledby="contract-form-heading" onSubmit={(e) => void submit(e)} data-testid="contract-form">
      <Heading2 id="contract-form-heading">{editing ? t('aanbieders.editContract', { name: editing.name }) : t('aanbieders.addContract')}</Heading2>
      {error && !hasFieldError(error, fields) ? <ErrorAlert error={error} headingLevel={3} /> : null}
      <SelectField
        id="contract-provider"
        label={t('aanbieders.provider')}
        value={providerId}
        required
        error={fieldError('providerId')}
        options={[{ value: '', label: t('aanbieders.chooseProvider') }, ...providers.map((p) => ({ value: p.id, label: p.name }))]}
        onChange={setProviderId}
      />
      <TextField id="contract-name" label={t('aanbieders.contractName')} value={name} required error={fieldError('name')} onChange={(e) => setName(e.target.value)} />
      <Fieldset invalid={Boolean(gemeentenError)} className="koers-fieldset">
        <FieldsetLegend>{t('aanbieders.gemeenten')}</FieldsetLegend>
        {gemeentenError ? <FormFieldErrorMessage>{gemeentenError}</FormFieldErrorMessage> : null}
        {gemeenten.map((g) => (
          <FormFieldCheckbox
            key={g.id}
            name="gemeenteIds"
            value={g.id}
            label={g.name}
            checked={gemeenteIds.includes(g.id)}
            onChange={(e) => setGemeenteIds(e.target.checked ? [...gemeenteIds, g.id] : gemeenteIds.filter((id) => id !== g.id))}
          />
        ))}
      </Fieldset>
      <RoutesFieldset prices={prices} setPrices={setPrices} fieldError={fieldError} />
      <SelectField id="contract-keurmerk" label={t('aanbieders.keurmerk')} value={keurmerk} error={fieldError('keurmerk')} options={keurmerkChoices.map((k) => ({ value: k, label: t(`aanbieders.keurmerkKind.${k}`) }))} onChange={setKeurmerk} />
      {keurmerk !== 'geen' ? (
        <TextField id="contract-keurmerk-until" type="date" label={t('aanbieders.keurmerkValidUntil')} value={keurmerkValidUntil} required error={fieldError('keurmerkValidUntil')} onChange={(e) => setKeurmerkValidUntil(e.target.value)} />
      ) : null}
      <TextField id="contract-starts" type="date" label={t('aanbieders.startsOn')} value={startsOn} required error={fieldError('startsOn')} onChange={(e) => setStartsOn(e.target.value)} />
      <TextField id="contract-ends" type="date" label={t('aanbieders.endsOn')} value={endsOn} required error={fieldError('endsOn')} onChange={(e) => setEndsOn(e.target.value)} />
      <LocationsFieldset locations={locations} setLocations={setLocations} fieldError={fieldError} />
      <TextField id="contract-reporting" inputMode="numeric" label={t('aanbieders.reportingEveryWeeks')} description={t('aanbieders.reportingEveryWeeksHint')} value={reportingEveryWeeks} required error={fieldError('reportingEveryWeeks')} onChange={(e) => setReportingEveryWeeks(e.target.value)} />
      <TextField id="contract-access" inputMode="numeric" label={t('aanbieders.accessMonthsAfterEnd')} description={t('aanbieders.accessMonthsAfterEndHint')} value={accessMonthsAfterEnd} required error={fieldError('accessMonthsAfterEnd')} onChange={(e) => setAccessMonthsAfterEnd(e.target.value)} />
      <ButtonGroup>
        <PrimaryActionButton type="submit" busy={busy} disabled={busy}>
          {editing ? t('aanbieders.saveContract') : t('aanbieders.addContract')}
        </PrimaryActionButton>
        {editing ? (
          <SecondaryActionButton type="button" onClick={onCancel}>
            {t('aanbieders.cancel')}
          </SecondaryActionButton>
        ) : null}
      </ButtonGroup>
    </form>
  );
}
