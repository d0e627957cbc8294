// Registering an inburgeringsaanbod: a cursusinstelling from DUO's list (with its keurmerk),
// the dates and alfabetisering. Errors from the server, including DUO's pre-validation, are
// shown at the field they concern.
import { ButtonGroup, FormField, FormFieldDescription, FormFieldErrorMessage, FormLabel, Heading3, Paragraph, PrimaryActionButton, Select, SelectOption } from '@utrecht/component-library-react';
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../api/client.ts';
import { getInstellingen, literacyValues, registerPlacement, type Instelling, type Literacy, type Placement } from '../../../api/traject.ts';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { TextField } from '../../../components/TextField.tsx';
import { RadioGroup } from '../pip/fields.tsx';
import { todayIso } from '../../../format/dates.ts';

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
  const fields = ['instellingsnummer', 'offeredOn', 'expectedStartOn', 'expectedEndOn', 'literacy'];
  const shownAtField = isApiError(error) && fields.some((f) => fieldError(f) !== undefined);
  const instellingError = missing ? t('traject.form.required') : fieldError('instellingsnummer');
  const describedBy = ['traject-instelling-description', instellingError ? 'traject-instelling-error' : ''].filter(Boolean).join(' ');

  return (
    <form noValidate className="koers-form" aria-labelledby="traject-placement-form-heading" onSubmit={(e) => void submit(e)} data-testid="traject-placement-form">
      <Heading3 id="traject-placement-form-heading">{t('traject.form.heading')}</Heading3>
      {/* DUO's refusal as a whole (e.g. not an asielstatushouder, no PIP) when no field carries it. */}
      {error && !shownAtField ? <ErrorAlert error={error} headingLevel={4} /> : null}
      {listError ? <ErrorAlert error={listError} title={t('traject.form.instellingenUnavailable')} headingLevel={4} /> : null}
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
                {i.naam}, {i.plaatsnaam} ({[i.keurmerk ? t('traject.form.keurmerk') : null, i.taalschakel ? t('traject.form.taalschakel') : null].filter(Boolean).join(', ') || t('traject.form.noKeurmerk')})
              </SelectOption>
            ))}
          </Select>
        </Paragraph>
      </FormField>
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
        <PrimaryActionButton type="submit" busy={busy} disabled={busy || !instellingen}>
          {t('traject.form.submit')}
        </PrimaryActionButton>
      </ButtonGroup>
    </form>
  );
}
