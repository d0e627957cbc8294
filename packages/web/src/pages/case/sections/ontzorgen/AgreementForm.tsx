import { ButtonGroup, Fieldset, FieldsetLegend, Paragraph, PrimaryActionButton, SecondaryActionButton } from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../../api/client.ts';
import { fixedCostKinds, saveAgreement, type Executor, type FixedCostKind, type Ontzorgen } from '../../../../api/ontzorgen.ts';
import { useFormSubmit } from '../../../../components/form/useFormSubmit.ts';
import { ErrorAlert } from '../../../../components/ErrorAlert.tsx';
import { TextField } from '../../../../components/TextField.tsx';
import { SelectField } from '../../../../components/form/SelectField.tsx';
import { TextAreaField } from '../../../../components/form/TextAreaField.tsx';
import { centsToInput, parseEuro } from '../../../../format/money.ts';

interface CostDraft {
  id?: string;
  kind: FixedCostKind;
  payeeName: string;
  iban: string;
  reference: string;
  amount: string;
  dayOfMonth: string;
}
const orNull = (v: string) => (v.trim() === '' ? null : v.trim());

/** The agreement: bijstand, fixed costs with payee and IBAN, who pays; or the person's refusal. */
export function AgreementForm({ caseId, data, onSaved }: { caseId: string; data: Ontzorgen; onSaved: (next: Ontzorgen) => void }) {
  const { t } = useTranslation();
  const a = data.agreement;
  const [status, setStatus] = useState<'actief' | 'geweigerd'>(a?.status === 'geweigerd' ? 'geweigerd' : 'actief');
  const [bijstandFrom, setBijstandFrom] = useState(a?.bijstandFrom ?? data.bijstandFromSuggestion ?? '');
  const [bijstand, setBijstand] = useState(a ? centsToInput(a.bijstandMonthlyCents) : '');
  const [executor, setExecutor] = useState<Executor>(a?.executor ?? 'gemeente');
  const [partnerName, setPartnerName] = useState(a?.partnerName ?? '');
  const [refusalNote, setRefusalNote] = useState(a?.refusalNote ?? '');
  const [housedOn, setHousedOn] = useState(a?.housedOn ?? '');
  const [trainingPlannedOn, setTrainingPlannedOn] = useState(a?.trainingPlannedOn ?? '');
  const [trainingAttendedOn, setTrainingAttendedOn] = useState(a?.trainingAttendedOn ?? '');
  const [costs, setCosts] = useState<CostDraft[]>(
    a ? a.fixedCosts.map((c) => ({ id: c.id, kind: c.kind, payeeName: c.payeeName, iban: c.iban, reference: c.reference, amount: centsToInput(c.amountCents), dayOfMonth: String(c.dayOfMonth) })) : [{ kind: 'huur', payeeName: '', iban: '', reference: '', amount: '', dayOfMonth: '1' }],
  );
  const { busy, error, run } = useFormSubmit();
  const [localErrors, setLocalErrors] = useState<Record<string, string>>({});
  const [saved, setSaved] = useState(false);
  const setCost = (i: number, patch: Partial<CostDraft>) => setCosts((list) => list.map((c, j) => (j === i ? { ...c, ...patch } : c)));

  async function submit(event: FormEvent) {
    event.preventDefault();
    setSaved(false);
    const local: Record<string, string> = {};
    const bijstandCents = parseEuro(bijstand);
    if (bijstandCents === null) local.bijstandMonthlyCents = t('ontzorgen.form.amountInvalid');
    const parsed = costs.map((c, i) => {
      const cents = parseEuro(c.amount);
      if (cents === null) local[`fixedCosts.${i}.amountCents`] = t('ontzorgen.form.amountInvalid');
      return { ...(c.id ? { id: c.id } : {}), kind: c.kind, payeeName: c.payeeName, iban: c.iban, reference: c.reference, amountCents: cents ?? 0, dayOfMonth: Number(c.dayOfMonth) || 0 };
    });
    setLocalErrors(local);
    if (Object.keys(local).length > 0) return;
    const who = { executor, partnerName: executor === 'budgetbeheer' ? orNull(partnerName) : null, refusalNote: status === 'geweigerd' ? orNull(refusalNote) : null };
    const dates = { housedOn: orNull(housedOn), trainingPlannedOn: orNull(trainingPlannedOn), trainingAttendedOn: orNull(trainingAttendedOn) };
    const body = { version: a?.version ?? 0, status, bijstandFrom, bijstandMonthlyCents: bijstandCents ?? 0, fixedCosts: parsed, ...who, ...dates };
    await run(() => saveAgreement(caseId, body), (next) => {
      setSaved(true);
      onSaved(next);
    });
  }

  const fieldError = (field: string) => localErrors[field] ?? (isApiError(error) ? error.messageFor(field) : undefined);
  const known = ['status', 'bijstandFrom', 'bijstandMonthlyCents', 'executor', 'partnerName', 'refusalNote', 'housedOn', 'trainingPlannedOn', 'trainingAttendedOn', 'fixedCosts', ...costs.flatMap((_, i) => ['kind', 'payeeName', 'iban', 'reference', 'amountCents', 'dayOfMonth'].map((f) => `fixedCosts.${i}.${f}`))];
  const unplaced = error && !(isApiError(error) && known.some((f) => error.messageFor(f)));
  const id = 'ontzorgen-afspraak';

  return (
    <form noValidate className="koers-form" aria-labelledby={`${id}-heading`} onSubmit={(e) => void submit(e)} data-testid="agreement-form">
      <h3 id={`${id}-heading`} className="utrecht-heading-3">
        {a ? t('ontzorgen.form.changeTitle') : t('ontzorgen.form.newTitle')}
      </h3>
      {unplaced ? <ErrorAlert error={error} /> : null}
      <SelectField id={`${id}-status`} label={t('ontzorgen.form.status')} value={status} error={fieldError('status')} options={[{ value: 'actief', label: t('ontzorgen.form.statusActief') }, { value: 'geweigerd', label: t('ontzorgen.form.statusGeweigerd') }]} onChange={setStatus} />
      {status === 'geweigerd' ? <TextAreaField id={`${id}-refusalNote`} label={t('ontzorgen.form.refusalNote')} description={t('ontzorgen.form.refusalHint')} value={refusalNote} error={fieldError('refusalNote')} onChange={setRefusalNote} rows={2} /> : null}
      <TextField id={`${id}-bijstandFrom`} type="date" label={t('ontzorgen.form.bijstandFrom')} value={bijstandFrom} error={fieldError('bijstandFrom')} onChange={(e) => setBijstandFrom(e.target.value)} />
      <TextField id={`${id}-bijstand`} inputMode="decimal" label={t('ontzorgen.form.bijstand')} description={t('ontzorgen.form.amountHint')} value={bijstand} error={fieldError('bijstandMonthlyCents')} onChange={(e) => setBijstand(e.target.value)} />
      <SelectField id={`${id}-executor`} label={t('ontzorgen.form.executor')} value={executor} error={fieldError('executor')} options={[{ value: 'gemeente', label: t('ontzorgen.executor.gemeente') }, { value: 'budgetbeheer', label: t('ontzorgen.executor.budgetbeheer') }]} onChange={setExecutor} />
      {executor === 'budgetbeheer' ? <TextField id={`${id}-partner`} label={t('ontzorgen.form.partnerName')} value={partnerName} error={fieldError('partnerName')} onChange={(e) => setPartnerName(e.target.value)} /> : null}
      <Fieldset className="koers-field">
        <FieldsetLegend>{t('ontzorgen.form.costs')}</FieldsetLegend>
        {fieldError('fixedCosts') ? <Paragraph className="utrecht-form-field-error-message">{fieldError('fixedCosts')}</Paragraph> : null}
        {costs.map((c, i) => {
          const p = `${id}-cost-${i}`;
          const n = i + 1;
          return (
            <Fieldset key={i} className="koers-field" data-testid={`cost-${i}`}>
              <FieldsetLegend>{t('ontzorgen.form.cost', { n })}</FieldsetLegend>
              <SelectField id={`${p}-kind`} label={t('ontzorgen.form.kind')} value={c.kind} error={fieldError(`fixedCosts.${i}.kind`)} options={fixedCostKinds.map((k) => ({ value: k, label: t(`ontzorgen.kind.${k}`) }))} onChange={(kind) => setCost(i, { kind })} />
              <TextField id={`${p}-payee`} label={t('ontzorgen.form.payeeName')} value={c.payeeName} error={fieldError(`fixedCosts.${i}.payeeName`)} onChange={(e) => setCost(i, { payeeName: e.target.value })} />
              <TextField id={`${p}-iban`} label={t('ontzorgen.form.iban')} value={c.iban} error={fieldError(`fixedCosts.${i}.iban`)} onChange={(e) => setCost(i, { iban: e.target.value })} />
              <TextField id={`${p}-reference`} label={t('ontzorgen.form.reference')} value={c.reference} error={fieldError(`fixedCosts.${i}.reference`)} onChange={(e) => setCost(i, { reference: e.target.value })} />
              <TextField id={`${p}-amount`} inputMode="decimal" label={t('ontzorgen.form.amount')} description={t('ontzorgen.form.amountHint')} value={c.amount} error={fieldError(`fixedCosts.${i}.amountCents`)} onChange={(e) => setCost(i, { amount: e.target.value })} />
              <TextField id={`${p}-day`} inputMode="numeric" label={t('ontzorgen.form.dayOfMonth')} value={c.dayOfMonth} error={fieldError(`fixedCosts.${i}.dayOfMonth`)} onChange={(e) => setCost(i, { dayOfMonth: e.target.value })} />
              <ButtonGroup>
                <SecondaryActionButton type="button" onClick={() => setCosts((list) => list.filter((_, j) => j !== i))}>
                  {t('ontzorgen.form.removeCost', { n })}
                </SecondaryActionButton>
              </ButtonGroup>
            </Fieldset>
          );
        })}
        <ButtonGroup>
          <SecondaryActionButton type="button" onClick={() => setCosts((list) => [...list, { kind: 'energie', payeeName: '', iban: '', reference: '', amount: '', dayOfMonth: '1' }])}>
            {t('ontzorgen.form.addCost')}
          </SecondaryActionButton>
        </ButtonGroup>
      </Fieldset>
      <TextField id={`${id}-housedOn`} type="date" label={t('ontzorgen.form.housedOn')} value={housedOn} error={fieldError('housedOn')} onChange={(e) => setHousedOn(e.target.value)} />
      <TextField id={`${id}-trainingPlannedOn`} type="date" label={t('ontzorgen.form.trainingPlannedOn')} description={t('ontzorgen.form.trainingHint')} value={trainingPlannedOn} error={fieldError('trainingPlannedOn')} onChange={(e) => setTrainingPlannedOn(e.target.value)} />
      <TextField id={`${id}-trainingAttendedOn`} type="date" label={t('ontzorgen.form.trainingAttendedOn')} value={trainingAttendedOn} error={fieldError('trainingAttendedOn')} onChange={(e) => setTrainingAttendedOn(e.target.value)} />
      {saved ? <Paragraph role="status">{t('ontzorgen.form.saved')}</Paragraph> : null}
      <ButtonGroup>
        <PrimaryActionButton type="submit" busy={busy} disabled={busy}>
          {t('ontzorgen.form.submit')}
        </PrimaryActionButton>
      </ButtonGroup>
    </form>
  );
}
