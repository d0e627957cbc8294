import { ButtonGroup, Fieldset, FieldsetLegend, Heading3, Paragraph, PrimaryActionButton, SecondaryActionButton } from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../api/client.ts';
import {
  loanStatuses,
  saveSupportPlan,
  supportOfferKinds,
  supportPlanStatuses,
  type LoanStatus,
  type Ondertussengroep,
  type SupportOffer,
  type SupportPlanStatus,
} from '../../../api/ondertussengroep.ts';
import { useFormSubmit } from '../../../components/form/useFormSubmit.ts';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { TextField } from '../../../components/TextField.tsx';
import { SelectField } from '../../../components/form/SelectField.tsx';
import { TextAreaField } from '../../../components/form/TextAreaField.tsx';
import { formatDate } from '../../../format/dates.ts';

interface OfferDraft {
  kind: SupportOffer['kind'];
  description: string;
  provider: string;
  startOn: string;
  endOn: string;
}
const toDraft = (o: SupportOffer): OfferDraft => ({ kind: o.kind, description: o.description ?? '', provider: o.provider ?? '', startOn: o.startOn ?? '', endOn: o.endOn ?? '' });
const orNull = (v: string) => (v.trim() === '' ? null : v.trim());

/** The voluntary support plan with the DUO facts it rests on: end of the Wi2013 termijn, loan status, offers. */
export function SupportPlanForm({ caseId, data, canWrite, onSaved }: { caseId: string; data: Ondertussengroep; canWrite: boolean; onSaved: (next: Ondertussengroep) => void }) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'nl';
  const plan = data.plan;
  const [dutyEndOn, setDutyEndOn] = useState(plan.dutyEndOn ?? '');
  const [loanStatus, setLoanStatus] = useState<LoanStatus>(plan.loanStatus);
  const [status, setStatus] = useState<SupportPlanStatus>(plan.status);
  const [goal, setGoal] = useState(plan.goal ?? '');
  const [offers, setOffers] = useState<OfferDraft[]>(plan.offers.map(toDraft));
  const { busy, error, fieldError, run } = useFormSubmit();
  const [saved, setSaved] = useState(false);

  const setOffer = (i: number, patch: Partial<OfferDraft>) => setOffers((list) => list.map((o, j) => (j === i ? { ...o, ...patch } : o)));

  async function submit(event: FormEvent) {
    event.preventDefault();
    setSaved(false);
    const offersBody = offers.map((o) => ({ kind: o.kind, description: orNull(o.description), provider: orNull(o.provider), startOn: orNull(o.startOn), endOn: orNull(o.endOn) }));
    const body = { version: plan.version, status, goal: orNull(goal), dutyEndOn: orNull(dutyEndOn), loanStatus, offers: offersBody };
    await run(() => saveSupportPlan(caseId, body), (next) => {
      setSaved(true);
      onSaved(next);
    });
  }

  const known = ['dutyEndOn', 'loanStatus', 'status', 'goal', 'offers', ...offers.flatMap((_, i) => ['kind', 'description', 'provider', 'startOn', 'endOn'].map((f) => `offers.${i}.${f}`))];
  const unplaced = error && !(isApiError(error) && known.some((f) => error.messageFor(f)));
  const id = 'ondersteuningsplan';

  return (
    <section aria-labelledby={`${id}-heading`} className="koers-panel" data-testid="support-plan">
      <Heading3 id={`${id}-heading`}>{t('ondertussengroep.plan.title')}</Heading3>
      {!plan.exists ? <Paragraph>{t('ondertussengroep.plan.none')}</Paragraph> : null}
      {plan.loanStatusOn ? <Paragraph>{`${t('ondertussengroep.plan.loanStatus')}: ${t(`ondertussengroep.loan.${plan.loanStatus}`)}. ${t('ondertussengroep.plan.loanStatusOn', { date: formatDate(plan.loanStatusOn, language) })}`}</Paragraph> : null}
      {!canWrite ? (
        <ul data-testid="support-plan-summary">
          <li>{`${t('ondertussengroep.plan.status')}: ${t(`ondertussengroep.planStatus.${plan.status}`)}`}</li>
          <li>{`${t('ondertussengroep.plan.dutyEndOn')}: ${plan.dutyEndOn ? formatDate(plan.dutyEndOn, language) : '—'}`}</li>
          {plan.offers.map((o, i) => (
            <li key={i}>{[t(`ondertussengroep.offerKind.${o.kind}`), o.description, o.provider].filter(Boolean).join(' — ')}</li>
          ))}
        </ul>
      ) : (
      <form noValidate className="koers-form" aria-labelledby={`${id}-heading`} onSubmit={(e) => void submit(e)}>
        {unplaced ? <ErrorAlert error={error} /> : null}
          <TextField id={`${id}-dutyEndOn`} type="date" label={t('ondertussengroep.plan.dutyEndOn')} description={t('ondertussengroep.plan.dutyEndOnHint')} value={dutyEndOn} error={fieldError('dutyEndOn')} onChange={(e) => setDutyEndOn(e.target.value)} />
          <SelectField id={`${id}-loanStatus`} label={t('ondertussengroep.plan.loanStatus')} value={loanStatus} error={fieldError('loanStatus')} options={loanStatuses.map((s) => ({ value: s, label: t(`ondertussengroep.loan.${s}`) }))} onChange={setLoanStatus} />
          <SelectField id={`${id}-status`} label={t('ondertussengroep.plan.status')} value={status} error={fieldError('status')} options={supportPlanStatuses.map((s) => ({ value: s, label: t(`ondertussengroep.planStatus.${s}`) }))} onChange={setStatus} />
          <TextAreaField id={`${id}-goal`} label={t('ondertussengroep.plan.goal')} value={goal} error={fieldError('goal')} onChange={setGoal} rows={2} />
          <Fieldset className="koers-field" aria-describedby={fieldError('offers') ? `${id}-offers-error` : undefined}>
            <FieldsetLegend>{t('ondertussengroep.plan.offers')}</FieldsetLegend>
            {fieldError('offers') ? (
              <Paragraph id={`${id}-offers-error`} className="utrecht-form-field-error-message">
                {fieldError('offers')}
              </Paragraph>
            ) : null}
            {offers.length === 0 ? <Paragraph>{t('ondertussengroep.plan.noOffers')}</Paragraph> : null}
            {offers.map((o, i) => {
              const p = `${id}-offer-${i}`;
              const n = i + 1;
              return (
                <Fieldset key={i} className="koers-field" data-testid={`offer-${i}`}>
                  <FieldsetLegend>{t('ondertussengroep.plan.offer', { n })}</FieldsetLegend>
                  <SelectField id={`${p}-kind`} label={t('ondertussengroep.plan.kind')} value={o.kind} error={fieldError(`offers.${i}.kind`)} options={supportOfferKinds.map((k) => ({ value: k, label: t(`ondertussengroep.offerKind.${k}`) }))} onChange={(kind) => setOffer(i, { kind })} />
                  <TextField id={`${p}-description`} label={t('ondertussengroep.plan.description')} description={o.kind === 'anders' ? t('ondertussengroep.plan.descriptionHint') : undefined} value={o.description} error={fieldError(`offers.${i}.description`)} onChange={(e) => setOffer(i, { description: e.target.value })} />
                  <TextField id={`${p}-provider`} label={t('ondertussengroep.plan.provider')} value={o.provider} error={fieldError(`offers.${i}.provider`)} onChange={(e) => setOffer(i, { provider: e.target.value })} />
                  <TextField id={`${p}-startOn`} type="date" label={t('ondertussengroep.plan.startOn')} value={o.startOn} error={fieldError(`offers.${i}.startOn`)} onChange={(e) => setOffer(i, { startOn: e.target.value })} />
                  <TextField id={`${p}-endOn`} type="date" label={t('ondertussengroep.plan.endOn')} value={o.endOn} error={fieldError(`offers.${i}.endOn`)} onChange={(e) => setOffer(i, { endOn: e.target.value })} />
                  {canWrite ? (
                    <ButtonGroup>
                      <SecondaryActionButton type="button" onClick={() => setOffers((list) => list.filter((_, j) => j !== i))}>
                        {t('ondertussengroep.plan.removeOffer', { n })}
                      </SecondaryActionButton>
                    </ButtonGroup>
                  ) : null}
                </Fieldset>
              );
            })}
            {canWrite ? (
              <ButtonGroup>
                <SecondaryActionButton type="button" onClick={() => setOffers((list) => [...list, { kind: 'extra-taallessen', description: '', provider: '', startOn: '', endOn: '' }])}>
                  {t('ondertussengroep.plan.addOffer')}
                </SecondaryActionButton>
              </ButtonGroup>
            ) : null}
          </Fieldset>
        {saved ? <Paragraph role="status">{t('ondertussengroep.plan.saved')}</Paragraph> : null}
        {canWrite ? (
          <ButtonGroup>
            <PrimaryActionButton type="submit" busy={busy} disabled={busy}>
              {t('ondertussengroep.plan.submit')}
            </PrimaryActionButton>
          </ButtonGroup>
        ) : null}
      </form>
      )}
    </section>
  );
}
