// Editing a case's personal data in the case file (issue 12): the same fields and checks as
// registration, only what changed is sent, with the version read and an optional reason for the history.
import { Alert, ButtonGroup, Fieldset, FieldsetLegend, FormFieldCheckbox, Heading4, PrimaryActionButton, SecondaryActionButton } from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseDetail } from '../../api/cases.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { TextField } from '../../components/TextField.tsx';
import { dateFields, initialValues, purposeOf, type Field, type Permit, type Purpose, type TextKey } from './personalData.ts';
import { ErrorSummary, PermitFields } from './PersonalDataParts.tsx';
import { usePersonalDataSave } from './usePersonalDataSave.ts';

export { changedFields } from './personalData.ts';

export function PersonalDataForm({ c, onSaved, onCancel }: { c: CaseDetail; onSaved: (saved: CaseDetail) => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const [values, setValues] = useState(() => initialValues(c));
  const [permit, setPermit] = useState<Permit>(c.permit === 'regulier' ? 'regulier' : 'asiel');
  const [permitPurpose, setPermitPurpose] = useState<Purpose>(purposeOf(c.permitPurpose));
  const [interpreterNeeded, setInterpreterNeeded] = useState(c.interpreterNeeded);
  const [reason, setReason] = useState('');
  const showIdentity = c.bsn !== null || c.vNumber !== null;
  const { errors, error, nothingChanged, busy, summaryRef, save } = usePersonalDataSave(c, showIdentity, onSaved);

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

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    void save({ values, other: { permit, permitPurpose, interpreterNeeded }, reason });
  }

  return (
    <form noValidate className="koers-form" aria-labelledby="edit-personal-heading" onSubmit={onSubmit} data-testid="personal-data-form">
      <Heading4 id="edit-personal-heading">{t('case.edit.title')}</Heading4>
      <ErrorSummary errors={errors} label={label} summaryRef={summaryRef} />
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
      <PermitFields permit={permit} setPermit={setPermit} permitPurpose={permitPurpose} setPermitPurpose={setPermitPurpose} errors={errors} />
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
