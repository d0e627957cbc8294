// Editing a case's personal data in the case file (issue 12): the same fields and checks as
// registration, only what changed is sent, with the version read and an optional reason for the history.
import {
  Alert,
  ButtonGroup,
  Fieldset,
  FieldsetLegend,
  FormFieldCheckbox,
  Heading4,
  PrimaryActionButton,
  SecondaryActionButton,
  UnorderedList,
  UnorderedListItem,
} from '@utrecht/component-library-react';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { updateCase, type CaseDetail, type CasePatch } from '../../api/cases.ts';
import { isApiError } from '../../api/client.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { TextField } from '../../components/TextField.tsx';
import { SelectField } from '../../components/form/SelectField.tsx';

const requiredText = ['givenNames', 'familyName', 'birthDate', 'nationality'] as const;
const identityText = ['bsn', 'vNumber'] as const;
const dateFields = ['linkedOn', 'dutyStartOn', 'duoNoticeOn', 'registeredOn', 'movedInOn', 'housedOn'] as const;
const contactText = ['phone', 'email', 'address', 'preferredLanguage'] as const;
const optionalText = [...identityText, ...dateFields, ...contactText, 'coaLocation'] as const;
type TextKey = (typeof requiredText)[number] | (typeof optionalText)[number];
type Field = TextKey | 'permit' | 'permitPurpose' | 'reason';
type Permit = 'asiel' | 'regulier';
type Purpose = '' | 'non-temporary' | 'temporary' | 'religious-worker';
const allText: readonly TextKey[] = [...requiredText, ...optionalText];

function initial(c: CaseDetail): Record<TextKey, string> {
  return Object.fromEntries(allText.map((k) => [k, c[k] ?? ''])) as Record<TextKey, string>;
}

const purposeOf = (v: string | null): Purpose => (v === 'non-temporary' || v === 'temporary' || v === 'religious-worker' ? v : '');

/** What differs from the case as read: the PATCH body (without version). */
export function changedFields(
  c: CaseDetail,
  values: Record<TextKey, string>,
  other: { permit: Permit; permitPurpose: Purpose; interpreterNeeded: boolean },
): CasePatch {
  const patch: CasePatch = {};
  for (const k of requiredText) {
    const v = k === 'nationality' ? values[k].trim().toUpperCase() : values[k].trim();
    if (v !== c[k]) patch[k] = v;
  }
  for (const k of optionalText) {
    const v = values[k].trim();
    if (v !== (c[k] ?? '')) patch[k] = v === '' ? null : v;
  }
  if (other.permit !== c.permit) patch.permit = other.permit;
  const purpose = other.permit === 'regulier' ? other.permitPurpose || null : null;
  if (purpose !== c.permitPurpose) patch.permitPurpose = purpose;
  if (other.interpreterNeeded !== c.interpreterNeeded) patch.interpreterNeeded = other.interpreterNeeded;
  return patch;
}

export function PersonalDataForm({ c, onSaved, onCancel }: { c: CaseDetail; onSaved: (saved: CaseDetail) => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const [values, setValues] = useState(() => initial(c));
  const [permit, setPermit] = useState<Permit>(c.permit === 'regulier' ? 'regulier' : 'asiel');
  const [permitPurpose, setPermitPurpose] = useState<Purpose>(purposeOf(c.permitPurpose));
  const [interpreterNeeded, setInterpreterNeeded] = useState(c.interpreterNeeded);
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [error, setError] = useState<unknown>(null);
  const [nothingChanged, setNothingChanged] = useState(false);
  const [busy, setBusy] = useState(false);
  const summaryRef = useRef<HTMLDivElement>(null);
  const showIdentity = c.bsn !== null || c.vNumber !== null;

  const label = (f: Field) => t(f === 'reason' ? 'case.edit.reason' : f === 'permit' ? 'case.new.permitType' : `case.new.${f}`);
  const text = (key: TextKey, extra: { type?: string; description?: string; required?: boolean } = {}) => (
    <TextField
      id={`edit-${key}`}
      name={key}
      label={label(key)}
      value={values[key]}
      error={errors[key]}
      onChange={(e) => setValues((v) => ({ ...v, [key]: e.target.value }))}
      type={extra.type ?? 'text'}
      autoComplete="off"
      required={extra.required}
      {...(extra.description ? { description: extra.description } : {})}
    />
  );

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setError(null);
    setNothingChanged(false);
    const next: Partial<Record<Field, string>> = {};
    for (const k of requiredText) if (!values[k].trim()) next[k] = t('case.new.required');
    if (showIdentity && !values.bsn.trim() && !values.vNumber.trim()) next.bsn = t('case.new.identityRequired');
    setErrors(next);
    if (Object.keys(next).length > 0) {
      requestAnimationFrame(() => summaryRef.current?.focus());
      return;
    }
    const patch = changedFields(c, values, { permit, permitPurpose, interpreterNeeded });
    if (Object.keys(patch).length === 0) {
      setNothingChanged(true);
      return;
    }
    setBusy(true);
    try {
      const saved = await updateCase(c.id, { version: c.version, ...patch, ...(reason.trim() ? { reason: reason.trim() } : {}) });
      onSaved(saved);
    } catch (caught) {
      const fieldErrors: Partial<Record<Field, string>> = {};
      if (isApiError(caught)) {
        for (const f of [...allText, 'permit', 'permitPurpose', 'reason'] as const) {
          const message = caught.messageFor(f);
          if (message) fieldErrors[f] = message;
        }
      }
      setErrors(fieldErrors);
      if (Object.keys(fieldErrors).length === 0) setError(caught);
      else requestAnimationFrame(() => summaryRef.current?.focus());
    } finally {
      setBusy(false);
    }
  }

  const errorEntries = Object.entries(errors).filter(([, v]) => Boolean(v)) as [Field, string][];
  return (
    <form noValidate className="koers-form" aria-labelledby="edit-personal-heading" onSubmit={(e) => void onSubmit(e)} data-testid="personal-data-form">
      <Heading4 id="edit-personal-heading">{t('case.edit.title')}</Heading4>
      {errorEntries.length > 0 ? (
        <div ref={summaryRef} tabIndex={-1} data-testid="edit-error-summary">
          <Alert type="error" role="alert" className="koers-alert">
            <Heading4 className="koers-alert__title">{t('case.new.errorsTitle')}</Heading4>
            <UnorderedList>
              {errorEntries.map(([f, message]) => (
                <UnorderedListItem key={f}>
                  <a className="utrecht-link" href={`#edit-${f}`}>
                    {label(f)}: {message}
                  </a>
                </UnorderedListItem>
              ))}
            </UnorderedList>
          </Alert>
        </div>
      ) : null}
      {error ? <ErrorAlert error={error} headingLevel={4} /> : null}
      {nothingChanged ? (
        <Alert type="info" role="status" className="koers-alert">
          {t('case.edit.nothingChanged')}
        </Alert>
      ) : null}
      <Fieldset className="koers-fieldset">
        <FieldsetLegend>{t('case.new.person')}</FieldsetLegend>
        {showIdentity ? (
          <>
            {text('bsn', { description: t('case.new.bsnHint') })}
            {text('vNumber', { description: t('case.new.vNumberHint') })}
          </>
        ) : null}
        {text('givenNames', { required: true })}
        {text('familyName', { required: true })}
        {text('birthDate', { type: 'date', required: true })}
        {text('nationality', { description: t('case.new.nationalityHint'), required: true })}
      </Fieldset>
      <Fieldset className="koers-fieldset">
        <FieldsetLegend>{t('case.new.permit')}</FieldsetLegend>
        <SelectField
          id="edit-permit"
          label={t('case.new.permitType')}
          value={permit}
          error={errors.permit}
          required
          options={[
            { value: 'asiel', label: t('case.new.asiel') },
            { value: 'regulier', label: t('case.new.regulier') },
          ]}
          onChange={setPermit}
        />
        {permit === 'regulier' ? (
          <SelectField
            id="edit-permitPurpose"
            label={t('case.new.permitPurpose')}
            value={permitPurpose}
            error={errors.permitPurpose}
            options={[
              { value: '', label: t('case.new.purposeUnknown') },
              { value: 'non-temporary', label: t('case.new.purposeNonTemporary') },
              { value: 'temporary', label: t('case.new.purposeTemporary') },
              { value: 'religious-worker', label: t('case.new.purposeReligious') },
            ]}
            onChange={setPermitPurpose}
          />
        ) : null}
      </Fieldset>
      <Fieldset className="koers-fieldset">
        <FieldsetLegend>{t('case.new.dates')}</FieldsetLegend>
        {dateFields.map((k) => (
          <div key={k}>{text(k, { type: 'date' })}</div>
        ))}
        {text('coaLocation')}
      </Fieldset>
      <Fieldset className="koers-fieldset">
        <FieldsetLegend>{t('case.new.contact')}</FieldsetLegend>
        {text('phone', { type: 'tel' })}
        {text('email', { type: 'email' })}
        {text('address')}
        {text('preferredLanguage')}
        <FormFieldCheckbox
          name="interpreterNeeded"
          label={t('case.new.interpreterNeeded')}
          checked={interpreterNeeded}
          onChange={(e) => setInterpreterNeeded(e.target.checked)}
        />
      </Fieldset>
      <TextField
        id="edit-reason"
        name="reason"
        label={t('case.edit.reason')}
        description={t('case.edit.reasonHint')}
        value={reason}
        error={errors.reason}
        onChange={(e) => setReason(e.target.value)}
        autoComplete="off"
      />
      <ButtonGroup>
        <PrimaryActionButton type="submit" busy={busy} disabled={busy}>
          {busy ? t('case.edit.saving') : t('case.edit.save')}
        </PrimaryActionButton>
        <SecondaryActionButton type="button" onClick={onCancel}>
          {t('case.new.cancel')}
        </SecondaryActionButton>
      </ButtonGroup>
    </form>
  );
}
