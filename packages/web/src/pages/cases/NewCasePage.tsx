import { ButtonGroup, Fieldset, FieldsetLegend, FormFieldCheckbox, Paragraph, PrimaryActionButton, SecondaryActionButton } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { useUser } from '../../auth/AuthContext.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { TextField } from '../../components/TextField.tsx';
import { SelectField } from '../../components/form/SelectField.tsx';
import { DuplicateCaseAlert, NewCaseErrorSummary } from './NewCaseAlerts.tsx';
import { dateFields, type FieldErrors, type NewCaseChoices, type TextKey } from './newCaseFields.ts';
import { useNewCaseForm } from './useNewCaseForm.ts';

function PermitFieldset({ choices, choose, errors }: { choices: NewCaseChoices; choose: <K extends keyof NewCaseChoices>(key: K, value: NewCaseChoices[K]) => void; errors: FieldErrors }) {
  const { t } = useTranslation();
  return (
    <Fieldset className="koers-fieldset">
      <FieldsetLegend>{t('case.new.permit')}</FieldsetLegend>
      <SelectField
        id="case-permit"
        label={t('case.new.permitType')}
        value={choices.permit}
        error={errors.permit}
        required
        options={[
          { value: '', label: '—' },
          { value: 'asiel', label: t('case.new.asiel') },
          { value: 'regulier', label: t('case.new.regulier') },
        ]}
        onChange={(v) => choose('permit', v === 'asiel' || v === 'regulier' ? v : '')}
      />
      {choices.permit === 'regulier' ? (
        <SelectField
          id="case-permitPurpose"
          label={t('case.new.permitPurpose')}
          value={choices.permitPurpose}
          error={errors.permitPurpose}
          options={[
            { value: '', label: t('case.new.purposeUnknown') },
            { value: 'non-temporary', label: t('case.new.purposeNonTemporary') },
            { value: 'temporary', label: t('case.new.purposeTemporary') },
            { value: 'religious-worker', label: t('case.new.purposeReligious') },
          ]}
          onChange={(v) => choose('permitPurpose', v)}
        />
      ) : null}
      <FormFieldCheckbox name="joinsProtectedHolder" label={t('case.new.joinsProtectedHolder')} checked={choices.joinsProtectedHolder} onChange={(e) => choose('joinsProtectedHolder', e.target.checked)} />
      <FormFieldCheckbox name="euFamilyMember" label={t('case.new.euFamilyMember')} checked={choices.euFamilyMember} onChange={(e) => choose('euFamilyMember', e.target.checked)} />
    </Fieldset>
  );
}

export function NewCasePage() {
  const { t } = useTranslation();
  const user = useUser();
  const navigate = useNavigate();
  const { values, setText, choices, choose, errors, error, duplicate, busy, summaryRef, onSubmit } = useNewCaseForm();

  const text = (key: TextKey, extra: { type?: string; description?: string; autoComplete?: string; required?: boolean } = {}) => (
    <TextField
      id={`case-${key}`}
      name={key}
      label={t(`case.new.${key}`)}
      value={values[key]}
      error={errors[key]}
      onChange={setText(key)}
      type={extra.type ?? 'text'}
      autoComplete={extra.autoComplete ?? 'off'}
      required={extra.required}
      {...(extra.description ? { description: extra.description } : {})}
    />
  );

  return (
    <>
      <PageHeading>{t('case.new.title')}</PageHeading>
      <Paragraph>{t('case.new.intro')}</Paragraph>
      <NewCaseErrorSummary errors={errors} summaryRef={summaryRef} />
      {duplicate ? <DuplicateCaseAlert duplicate={duplicate} /> : null}
      {error ? <ErrorAlert error={error} /> : null}
      <form noValidate className="koers-form" aria-labelledby="page-heading" onSubmit={(e) => void onSubmit(e)}>
        <Fieldset className="koers-fieldset">
          <FieldsetLegend>{t('case.new.identity')}</FieldsetLegend>
          <Paragraph>{t('case.new.identityHint')}</Paragraph>
          <SelectField
            id="case-gemeente"
            label={t('case.new.gemeente')}
            value={choices.gemeenteId}
            error={errors.gemeenteId}
            required
            options={[{ value: '', label: t('case.new.chooseGemeente') }, ...user.gemeenten.map((g) => ({ value: g.id, label: g.name }))]}
            onChange={(v) => choose('gemeenteId', v)}
          />
          {text('bsn', { description: t('case.new.bsnHint') })}
          {text('vNumber', { description: t('case.new.vNumberHint') })}
        </Fieldset>
        <Fieldset className="koers-fieldset">
          <FieldsetLegend>{t('case.new.person')}</FieldsetLegend>
          {text('givenNames', { required: true })}
          {text('familyName', { required: true })}
          {text('birthDate', { type: 'date', required: true })}
          {text('nationality', { description: t('case.new.nationalityHint'), required: true })}
        </Fieldset>
        <PermitFieldset choices={choices} choose={choose} errors={errors} />
        <Fieldset className="koers-fieldset">
          <FieldsetLegend>{t('case.new.dates')}</FieldsetLegend>
          {dateFields.map((k) => (
            <div key={k}>{text(k, { type: 'date' })}</div>
          ))}
          {text('coaReference')}
          {text('coaLocation')}
        </Fieldset>
        <Fieldset className="koers-fieldset">
          <FieldsetLegend>{t('case.new.contact')}</FieldsetLegend>
          {text('phone', { type: 'tel' })}
          {text('email', { type: 'email' })}
          {text('address')}
          {text('preferredLanguage')}
          <FormFieldCheckbox name="interpreterNeeded" label={t('case.new.interpreterNeeded')} checked={choices.interpreterNeeded} onChange={(e) => choose('interpreterNeeded', e.target.checked)} />
        </Fieldset>
        <ButtonGroup>
          <PrimaryActionButton type="submit" busy={busy} disabled={busy}>
            {busy ? t('case.new.saving') : t('case.new.submit')}
          </PrimaryActionButton>
          <SecondaryActionButton type="button" onClick={() => void navigate('/dossiers')}>
            {t('case.new.cancel')}
          </SecondaryActionButton>
        </ButtonGroup>
      </form>
    </>
  );
}
