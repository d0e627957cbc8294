import {
  Alert,
  ButtonGroup,
  Fieldset,
  FieldsetLegend,
  FormFieldCheckbox,
  Heading2,
  Paragraph,
  PrimaryActionButton,
  SecondaryActionButton,
  UnorderedList,
  UnorderedListItem,
} from '@utrecht/component-library-react';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { createCase, DuplicateCaseError, type NewCaseInput } from '../../api/cases.ts';
import { oneOf } from '../../api/one-of.ts';
import { isApiError } from '../../api/client.ts';
import { useUser } from '../../auth/AuthContext.tsx';
import { AppLink } from '../../components/AppLink.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { TextField } from '../../components/TextField.tsx';
import { SelectField } from '../../components/form/SelectField.tsx';

const textFields = ['bsn', 'vNumber', 'givenNames', 'familyName', 'birthDate', 'nationality', 'coaReference', 'coaLocation', 'phone', 'email', 'address', 'preferredLanguage'] as const;
const dateFields = ['linkedOn', 'dutyStartOn', 'duoNoticeOn', 'registeredOn', 'movedInOn', 'housedOn'] as const;
type TextKey = (typeof textFields)[number] | (typeof dateFields)[number];
const permitPurposes = ['non-temporary', 'temporary', 'religious-worker'] as const satisfies readonly NonNullable<NewCaseInput['permitPurpose']>[];

type Field = TextKey | 'gemeenteId' | 'permit' | 'permitPurpose';

export function NewCasePage() {
  const { t } = useTranslation();
  const user = useUser();
  const navigate = useNavigate();
  const [values, setValues] = useState<Record<TextKey, string>>(
    () => Object.fromEntries([...textFields, ...dateFields].map((k) => [k, ''])) as Record<TextKey, string>,
  );
  const [gemeenteId, setGemeenteId] = useState(user.gemeenten.length === 1 ? (user.gemeenten[0]?.id ?? '') : '');
  const [permit, setPermit] = useState<'asiel' | 'regulier' | ''>('');
  const [permitPurpose, setPermitPurpose] = useState('');
  const [joinsProtectedHolder, setJoinsProtectedHolder] = useState(false);
  const [euFamilyMember, setEuFamilyMember] = useState(false);
  const [interpreterNeeded, setInterpreterNeeded] = useState(false);
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [error, setError] = useState<unknown>(null);
  const [duplicate, setDuplicate] = useState<DuplicateCaseError | null>(null);
  const [busy, setBusy] = useState(false);
  const summaryRef = useRef<HTMLDivElement>(null);

  const set = (key: TextKey) => (event: { target: { value: string } }) => setValues((v) => ({ ...v, [key]: event.target.value }));
  const text = (key: TextKey, extra: { type?: string; description?: string; autoComplete?: string; required?: boolean } = {}) => (
    <TextField
      id={`case-${key}`}
      name={key}
      label={t(`case.new.${key}`)}
      value={values[key]}
      error={errors[key]}
      onChange={set(key)}
      type={extra.type ?? 'text'}
      autoComplete={extra.autoComplete ?? 'off'}
      required={extra.required}
      {...(extra.description ? { description: extra.description } : {})}
    />
  );

  function validate(): Partial<Record<Field, string>> {
    const next: Partial<Record<Field, string>> = {};
    if (!gemeenteId) next.gemeenteId = t('case.new.chooseGemeente');
    if (!values.bsn.trim() && !values.vNumber.trim()) next.bsn = t('case.new.identityRequired');
    for (const k of ['givenNames', 'familyName', 'birthDate', 'nationality'] as const) if (!values[k].trim()) next[k] = t('case.new.required');
    if (!permit) next.permit = t('case.new.required');
    return next;
  }

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setError(null);
    setDuplicate(null);
    const next = validate();
    setErrors(next);
    if (Object.keys(next).length > 0 || !permit) {
      requestAnimationFrame(() => summaryRef.current?.focus());
      return;
    }
    const optional = (v: string) => (v.trim() ? v.trim() : undefined);
    const purpose = oneOf(permitPurposes, permitPurpose);
    const input: NewCaseInput = {
      gemeenteId,
      givenNames: values.givenNames.trim(),
      familyName: values.familyName.trim(),
      birthDate: values.birthDate,
      nationality: values.nationality.trim().toUpperCase(),
      permit,
      joinsProtectedHolder,
      euFamilyMember,
      interpreterNeeded,
      ...(purpose ? { permitPurpose: purpose } : {}),
    };
    for (const k of ['bsn', 'vNumber', 'coaReference', 'coaLocation', 'phone', 'email', 'address', 'preferredLanguage', ...dateFields] as const) {
      const v = optional(values[k]);
      if (v !== undefined) input[k] = v;
    }
    setBusy(true);
    try {
      const created = await createCase(input);
      void navigate(`/dossiers/${created.id}`);
    } catch (caught) {
      if (caught instanceof DuplicateCaseError) {
        setDuplicate(caught);
      } else if (isApiError(caught)) {
        const fieldErrors: Partial<Record<Field, string>> = {};
        for (const f of [...textFields, ...dateFields, 'gemeenteId', 'permit', 'permitPurpose'] as const) {
          const message = caught.messageFor(f);
          if (message) fieldErrors[f] = message;
        }
        setErrors(fieldErrors);
        if (Object.keys(fieldErrors).length === 0) setError(caught);
        else requestAnimationFrame(() => summaryRef.current?.focus());
      } else {
        setError(caught);
      }
    } finally {
      setBusy(false);
    }
  }

  const errorEntries = Object.entries(errors).filter(([, v]) => Boolean(v)) as [Field, string][];
  const fieldId = (f: Field) => (f === 'gemeenteId' ? 'case-gemeente' : f === 'permit' ? 'case-permit' : f === 'permitPurpose' ? 'case-permitPurpose' : `case-${f}`);

  return (
    <>
      <PageHeading>{t('case.new.title')}</PageHeading>
      <Paragraph>{t('case.new.intro')}</Paragraph>
      {errorEntries.length > 0 ? (
        <div ref={summaryRef} tabIndex={-1} data-testid="error-summary">
          <Alert type="error" role="alert" className="koers-alert">
            <Heading2 className="koers-alert__title">{t('case.new.errorsTitle')}</Heading2>
            <UnorderedList>
              {errorEntries.map(([f, message]) => (
                <UnorderedListItem key={f}>
                  <a className="utrecht-link" href={`#${fieldId(f)}`}>
                    {message}
                  </a>
                </UnorderedListItem>
              ))}
            </UnorderedList>
          </Alert>
        </div>
      ) : null}
      {duplicate ? (
        <Alert type="warning" role="alert" className="koers-alert" data-testid="duplicate">
          <Paragraph>{t('case.new.duplicate')}</Paragraph>
          {duplicate.existingCaseId ? (
            <Paragraph>
              <AppLink to={`/dossiers/${duplicate.existingCaseId}`}>{t('case.new.openExisting')}</AppLink>
            </Paragraph>
          ) : null}
        </Alert>
      ) : null}
      {error ? <ErrorAlert error={error} /> : null}
      <form noValidate className="koers-form" aria-labelledby="page-heading" onSubmit={(e) => void onSubmit(e)}>
        <Fieldset className="koers-fieldset">
          <FieldsetLegend>{t('case.new.identity')}</FieldsetLegend>
          <Paragraph>{t('case.new.identityHint')}</Paragraph>
          <SelectField
            id="case-gemeente"
            label={t('case.new.gemeente')}
            value={gemeenteId}
            error={errors.gemeenteId}
            required
            options={[{ value: '', label: t('case.new.chooseGemeente') }, ...user.gemeenten.map((g) => ({ value: g.id, label: g.name }))]}
            onChange={setGemeenteId}
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
        <Fieldset className="koers-fieldset">
          <FieldsetLegend>{t('case.new.permit')}</FieldsetLegend>
          <SelectField
            id="case-permit"
            label={t('case.new.permitType')}
            value={permit}
            error={errors.permit}
            required
            options={[
              { value: '', label: '—' },
              { value: 'asiel', label: t('case.new.asiel') },
              { value: 'regulier', label: t('case.new.regulier') },
            ]}
            onChange={(v) => setPermit(v === 'asiel' || v === 'regulier' ? v : '')}
          />
          {permit === 'regulier' ? (
            <SelectField
              id="case-permitPurpose"
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
          <FormFieldCheckbox name="joinsProtectedHolder" label={t('case.new.joinsProtectedHolder')} checked={joinsProtectedHolder} onChange={(e) => setJoinsProtectedHolder(e.target.checked)} />
          <FormFieldCheckbox name="euFamilyMember" label={t('case.new.euFamilyMember')} checked={euFamilyMember} onChange={(e) => setEuFamilyMember(e.target.checked)} />
        </Fieldset>
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
          <FormFieldCheckbox name="interpreterNeeded" label={t('case.new.interpreterNeeded')} checked={interpreterNeeded} onChange={(e) => setInterpreterNeeded(e.target.checked)} />
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
