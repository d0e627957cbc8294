// Beheer → Gemeenten → Instellingen: every setting of the gemeente in sections with Dutch labels and
// help text; an empty field is the national default (shown). Errors appear next to the field; the
// history of every change is at the bottom. The logo is saved on its own (an upload).
import { Alert, Fieldset, FieldsetLegend, Heading2, Paragraph, PrimaryActionButton, SecondaryActionButton, ButtonGroup, UnorderedList, UnorderedListItem } from '@utrecht/component-library-react';
import { useCallback, useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';
import { isApiError } from '../../api/client.ts';
import {
  gemeenteLogoUrl,
  getGemeenteHistory,
  getGemeenteSettings,
  saveGemeenteLogo,
  saveGemeenteSettings,
  type GemeenteSettings,
  type GemeenteSettingsView,
  type HistoryEntry,
  type SpukAmounts,
} from '../../api/beheer.ts';
import { AppLink } from '../../components/AppLink.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { FieldShell } from '../../components/form/FieldShell.tsx';
import { SelectField } from '../../components/form/SelectField.tsx';
import { TextAreaField } from '../../components/form/TextAreaField.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { Loading } from '../../components/RequireAuth.tsx';
import { TextField } from '../../components/TextField.tsx';
import { HistoryTable } from './HistoryTable.tsx';
import { RetentionSection } from './RetentionSection.tsx';
import { FormatieFieldset } from './formatie/FormatieFieldset.tsx';
import { formatieFrom, formatieLabelKey, formatieValuesOf } from './formatie/formatieFields.ts';

const letterKeys = ['department', 'contactName', 'visitingAddress', 'postalAddress', 'phone', 'email', 'signatoryName', 'signatoryFunction', 'objectionAddress', 'handhavingPolicy'] as const;
type LetterKey = (typeof letterKeys)[number];
const multiLine: readonly LetterKey[] = ['visitingAddress', 'postalAddress', 'objectionAddress', 'handhavingPolicy'];
const asielKeys = ['leerroute', 'map', 'maatschappelijkeBegeleiding', 'pvt', 'tolk'] as const;
const gezinKeys = ['map', 'pvt', 'tolk'] as const;
const numberKeys = ['progressMeetingsDefault', 'objectionPeriodWeeks', 'reliefLocalExtensionMonths', 'mapHourNorm'] as const;
type NumberKey = (typeof numberKeys)[number];
/** The gemeente's own account for the ontzorgen batches (ADR 0147): all three or none. */
const accountKeys = ['name', 'iban', 'bic'] as const;
const retentionKeys = ['caseFileYears', 'coreDataYears', 'processingLogYears'] as const;
/** The defaults of the domain (defaultRetention), shown as the value that applies when a field is empty. */
const retentionDefaults: Record<(typeof retentionKeys)[number], number> = { caseFileYears: 5, coreDataYears: 50, processingLogYears: 5 };

/** Form values by the server's field path (without "settings."), all as typed text. */
type Values = Record<string, string>;

const idOf = (path: string) => `setting-${path.replace(/\./g, '-')}`;
const euros = (cents: number) => (cents / 100).toFixed(2).replace('.', ',').replace(/,00$/, '');

function valuesOf(s: GemeenteSettings): Values {
  const v: Values = {};
  for (const k of letterKeys) v[`letter.${k}`] = s.letter[k] ?? '';
  for (const k of numberKeys) v[k] = s[k] === undefined ? '' : String(s[k]);
  v.intakeScenario = s.intakeScenario === undefined ? '' : String(s.intakeScenario);
  v.reliefCheckpointsMonths = s.reliefCheckpointsMonths?.join(', ') ?? '';
  v.duoContactTelefoon = s.duoContactTelefoon ?? '';
  for (const k of accountKeys) v[`ontzorgenAccount.${k}`] = s.ontzorgenAccount?.[k] ?? '';
  v.budgetbeheerReportDays = s.budgetbeheerReportDays === undefined ? '' : String(s.budgetbeheerReportDays);
  v.kleineAantallenDrempel = s.kleineAantallenDrempel === undefined ? '' : String(s.kleineAantallenDrempel);
  for (const k of retentionKeys) v[`retention.${k}`] = s.retention?.[k] === undefined ? '' : String(s.retention[k]);
  for (const k of asielKeys) v[`spuk.asiel.${k}`] = s.spuk ? euros(s.spuk.asiel[k]) : '';
  for (const k of gezinKeys) v[`spuk.gezin-overig.${k}`] = s.spuk ? euros(s.spuk['gezin-overig'][k]) : '';
  Object.assign(v, formatieValuesOf(s.formatie));
  return v;
}

/** A whole number, or the text itself so the server names what is wrong with it. */
const wholeNumber = (text: string): number | string => (/^\s*\d+\s*$/.test(text) ? Number(text.trim()) : text);
const cents = (text: string): number | string => {
  const normal = text.trim().replace(/\./g, '').replace(',', '.');
  return /^\d+(\.\d{1,2})?$/.test(normal) ? Math.round(Number(normal) * 100) : text;
};

/** The settings document to send; client-side problems (by path) when a value cannot be read. */
function settingsFrom(v: Values, national: SpukAmounts, message: (kind: 'wholeNumber' | 'amount' | 'months', path: string) => string): { settings: Record<string, unknown>; problems: Values } {
  const problems: Values = {};
  const letter: Record<string, string> = {};
  for (const k of letterKeys) if ((v[`letter.${k}`] ?? '').trim() !== '') letter[k] = (v[`letter.${k}`] ?? '').trim();
  const retention: Record<string, number | string> = {};
  for (const k of retentionKeys) {
    const text = (v[`retention.${k}`] ?? '').trim();
    if (text === '') continue;
    const n = wholeNumber(text);
    if (typeof n === 'string') problems[`retention.${k}`] = message('wholeNumber', `retention.${k}`);
    retention[k] = n;
  }
  const settings: Record<string, unknown> = { letter, retention };
  for (const k of numberKeys) {
    const text = (v[k] ?? '').trim();
    if (text === '') continue;
    const n = wholeNumber(text);
    if (typeof n === 'string') problems[k] = message('wholeNumber', k);
    settings[k] = n;
  }
  if (v.intakeScenario) settings.intakeScenario = Number(v.intakeScenario);
  const checkpoints = (v.reliefCheckpointsMonths ?? '').trim();
  if (checkpoints !== '') {
    const parts = checkpoints.split(/[\s,;]+/).filter(Boolean).map(wholeNumber);
    if (parts.some((p) => typeof p === 'string')) problems.reliefCheckpointsMonths = message('months', 'reliefCheckpointsMonths');
    settings.reliefCheckpointsMonths = parts;
  }
  if ((v.duoContactTelefoon ?? '').trim() !== '') settings.duoContactTelefoon = (v.duoContactTelefoon ?? '').trim();
  if (accountKeys.some((k) => (v[`ontzorgenAccount.${k}`] ?? '').trim() !== '')) settings.ontzorgenAccount = Object.fromEntries(accountKeys.map((k) => [k, (v[`ontzorgenAccount.${k}`] ?? '').trim()]));
  const reportDays = (v.budgetbeheerReportDays ?? '').trim();
  if (reportDays !== '') {
    const n = wholeNumber(reportDays);
    if (typeof n === 'string') problems.budgetbeheerReportDays = message('wholeNumber', 'budgetbeheerReportDays');
    settings.budgetbeheerReportDays = n;
  }
  const threshold = (v.kleineAantallenDrempel ?? '').trim();
  if (threshold !== '') {
    const n = wholeNumber(threshold);
    if (typeof n === 'string') problems.kleineAantallenDrempel = message('wholeNumber', 'kleineAantallenDrempel');
    settings.kleineAantallenDrempel = n;
  }
  const spukPaths = [...asielKeys.map((k) => `spuk.asiel.${k}`), ...gezinKeys.map((k) => `spuk.gezin-overig.${k}`)];
  if (spukPaths.some((p) => (v[p] ?? '').trim() !== '')) {
    // The SPUK amounts go together: an empty one keeps the national amount.
    const amount = (path: string, fallback: number) => {
      const text = (v[path] ?? '').trim();
      if (text === '') return fallback;
      const c = cents(text);
      if (typeof c === 'string') problems[path] = message('amount', path);
      return c;
    };
    settings.spuk = {
      asiel: Object.fromEntries(asielKeys.map((k) => [k, amount(`spuk.asiel.${k}`, national.asiel[k])])),
      'gezin-overig': Object.fromEntries(gezinKeys.map((k) => [k, amount(`spuk.gezin-overig.${k}`, national['gezin-overig'][k])])),
    };
  }
  return { settings, problems };
}

function errorsFrom(error: unknown): Values {
  const out: Values = {};
  if (!isApiError(error)) return out;
  for (const [field, message] of Object.entries(error.fields)) out[field.replace(/^settings\./, '')] = message;
  if (error.field && !out[error.field.replace(/^settings\./, '')]) out[error.field.replace(/^settings\./, '')] = error.message;
  return out;
}

function readAsBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(typeof reader.result === 'string' ? reader.result.replace(/^data:[^,]*,/, '') : '');
    reader.onerror = () => reject(reader.error ?? new Error('read'));
    reader.readAsDataURL(file);
  });
}

function LogoSection({ view, onSaved }: { view: GemeenteSettingsView; onSaved: (next: GemeenteSettingsView, notice: string) => void }) {
  const { t } = useTranslation();
  const [file, setFile] = useState<File | null>(null);
  const [error, setError] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  const inputRef = useRef<HTMLInputElement>(null);
  async function save(image: string | null, notice: string) {
    setBusy(true);
    setError(undefined);
    try {
      onSaved(await saveGemeenteLogo(view.gemeenteId, view.version, image), notice);
      setFile(null);
      if (inputRef.current) inputRef.current.value = '';
    } catch (caught) {
      setError(isApiError(caught) ? caught.message : t('errors.generic'));
    } finally {
      setBusy(false);
    }
  }
  async function upload(event: FormEvent) {
    event.preventDefault();
    if (!file) return setError(t('beheer.logo.choose'));
    if (file.size > 256 * 1024) return setError(t('beheer.logo.tooLarge'));
    if (!['image/png', 'image/jpeg'].includes(file.type)) return setError(t('beheer.logo.wrongType'));
    await save(await readAsBase64(file), t('beheer.logo.saved'));
  }
  return (
    <section aria-labelledby="settings-logo" className="koers-section">
      <Heading2 id="settings-logo">{t('beheer.settings.section.logo')}</Heading2>
      {view.logo ? (
        <figure className="koers-logo-preview">
          <img src={gemeenteLogoUrl(view.gemeenteId, view.logo.updatedAt)} alt={t('beheer.logo.alt', { name: view.name })} style={{ maxHeight: 80, maxWidth: 240 }} />
          <figcaption>{t('beheer.logo.current')}</figcaption>
        </figure>
      ) : (
        <Paragraph>{t('beheer.logo.none')}</Paragraph>
      )}
      <form noValidate className="koers-form" aria-labelledby="settings-logo" onSubmit={(e) => void upload(e)}>
        <FieldShell id="setting-logo" label={t('beheer.logo.label')} description={t('beheer.logo.hint')} error={error}>
          {(control) => (
            <input
              ref={inputRef}
              id={control.id}
              aria-invalid={control['aria-invalid']}
              aria-describedby={control['aria-describedby']}
              className="utrecht-textbox"
              type="file"
              accept="image/png,image/jpeg"
              onChange={(e) => setFile(e.target.files?.[0] ?? null)}
            />
          )}
        </FieldShell>
        <ButtonGroup>
          <PrimaryActionButton type="submit" disabled={busy}>
            {t('beheer.logo.upload')}
          </PrimaryActionButton>
          {view.logo ? (
            <SecondaryActionButton type="button" disabled={busy} onClick={() => void save(null, t('beheer.logo.removed'))}>
              {t('beheer.logo.remove')}
            </SecondaryActionButton>
          ) : null}
        </ButtonGroup>
      </form>
    </section>
  );
}

export function GemeenteSettingsPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const [view, setView] = useState<GemeenteSettingsView | null>(null);
  const [history, setHistory] = useState<HistoryEntry[]>([]);
  const [values, setValues] = useState<Values>({});
  const [errors, setErrors] = useState<Values>({});
  const [loadError, setLoadError] = useState<unknown>(null);
  const [saveError, setSaveError] = useState<unknown>(null);
  const [invalid, setInvalid] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const noticeRef = useRef<HTMLDivElement>(null);

  const load = useCallback(async () => {
    try {
      const [settings, entries] = await Promise.all([getGemeenteSettings(id), getGemeenteHistory(id)]);
      setView(settings);
      setValues(valuesOf(settings.settings));
      setHistory(entries);
    } catch (caught) {
      setLoadError(caught);
    }
  }, [id]);
  useEffect(() => {
    void load();
  }, [load]);
  useEffect(() => {
    if (notice) noticeRef.current?.focus();
  }, [notice]);

  const label = (path: string): string => {
    const last = path.split('.').at(-1) ?? path;
    if (path.startsWith('ontzorgenAccount.')) return t(`beheer.settings.field.ontzorgenAccount_${last}` as 'beheer.settings.field.map');
    return t(`beheer.settings.field.${last}` as 'beheer.settings.field.map');
  };

  async function refreshHistory() {
    setHistory(await getGemeenteHistory(id));
  }

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!view) return;
    setNotice(null);
    setSaveError(null);
    setInvalid(false);
    const { settings, problems: settingProblems } = settingsFrom(values, view.national.spuk, (kind, path) => t(`beheer.settings.${kind}`, { label: label(path) }));
    const formatie = formatieFrom(values, (kind, path) => t(`beheer.formatie.${kind}`, { label: t(`beheer.formatie.field.${formatieLabelKey(path)}` as 'beheer.formatie.field.urenPerInburgeraar') }));
    if (formatie.formatie) settings.formatie = formatie.formatie;
    const problems = { ...settingProblems, ...formatie.problems };
    setErrors(problems);
    const first = Object.keys(problems)[0];
    if (first) {
      setInvalid(true);
      document.getElementById(idOf(first))?.focus();
      return;
    }
    setBusy(true);
    try {
      // Settings this form does not edit (the SPUK split: issue 16) stay as they are.
      const kept = Object.fromEntries((['spukTrancheVerdeling'] as const).filter((k) => view.settings[k] !== undefined).map((k) => [k, view.settings[k]]));
      const saved = await saveGemeenteSettings(view.gemeenteId, view.version, { ...kept, ...settings } as unknown as GemeenteSettings);
      setView(saved);
      setValues(valuesOf(saved.settings));
      setNotice(t('beheer.settings.saved'));
      await refreshHistory();
    } catch (caught) {
      const fieldErrors = errorsFrom(caught);
      setErrors(fieldErrors);
      if (Object.keys(fieldErrors).length) setInvalid(true);
      else setSaveError(caught);
      const firstError = Object.keys(fieldErrors)[0];
      if (firstError) document.getElementById(idOf(firstError))?.focus();
    } finally {
      setBusy(false);
    }
  }

  if (loadError) return <ErrorAlert error={loadError} />;
  if (!view) return <Loading />;

  const set = (path: string) => (value: string) => setValues((v) => ({ ...v, [path]: value }));
  const text = (path: string, hint: string, type: 'text' | 'tel' | 'email' = 'text') => (
    <TextField key={path} id={idOf(path)} name={path} type={type} autoComplete="off" label={label(path)} description={hint} value={values[path] ?? ''} error={errors[path]} onChange={(e) => set(path)(e.target.value)} />
  );
  const number = (path: NumberKey | 'reliefCheckpointsMonths', hint: string, national: string) =>
    text(path, `${hint} ${t('beheer.settings.defaultValue', { value: national })}`);
  const n = view.national;
  const sections = ['letter', 'intake', 'relief', 'duo', 'retention', 'national'] as const;

  return (
    <>
      <PageHeading>{t('beheer.settings.title', { name: view.name })}</PageHeading>
      <Paragraph>
        <AppLink to="/beheer">{t('beheer.settings.back')}</AppLink>
      </Paragraph>
      <Paragraph appearance="lead">{t('beheer.settings.intro')}</Paragraph>
      <nav aria-labelledby="settings-contents" className="koers-toc">
        <Heading2 id="settings-contents" className="koers-toc__heading">
          {t('beheer.settings.contents')}
        </Heading2>
        <UnorderedList>
          {sections.map((s) => (
            <UnorderedListItem key={s}>
              <a className="utrecht-link utrecht-link--html-a" href={`#settings-${s}`}>
                {t(`beheer.settings.section.${s}`)}
              </a>
            </UnorderedListItem>
          ))}
          <UnorderedListItem>
            <a className="utrecht-link utrecht-link--html-a" href="#settings-formatie">
              {t('beheer.formatie.title')}
            </a>
          </UnorderedListItem>
          <UnorderedListItem>
            <a className="utrecht-link utrecht-link--html-a" href="#settings-logo">
              {t('beheer.settings.section.logo')}
            </a>
          </UnorderedListItem>
          <UnorderedListItem>
            <a className="utrecht-link utrecht-link--html-a" href="#gemeente-history">
              {t('beheer.history.title')}
            </a>
          </UnorderedListItem>
        </UnorderedList>
      </nav>
      <div aria-live="polite" className="koers-live">
        {notice ? (
          <Alert type="ok" className="koers-alert" data-testid="settings-notice" ref={noticeRef} tabIndex={-1}>
            <Paragraph>{notice}</Paragraph>
          </Alert>
        ) : null}
      </div>
      <form noValidate className="koers-form" aria-labelledby="page-heading" onSubmit={(e) => void submit(e)} data-testid="settings-form">
        {saveError ? <ErrorAlert error={saveError} /> : null}
        {invalid ? (
          <Alert type="error" role="alert" className="koers-alert">
            <Paragraph>{t('beheer.settings.invalid')}</Paragraph>
          </Alert>
        ) : null}
        <Fieldset id="settings-letter">
          <FieldsetLegend>{t('beheer.settings.section.letter')}</FieldsetLegend>
          <Paragraph>{t('beheer.settings.section.letterIntro')}</Paragraph>
          {letterKeys.map((k) => {
            const path = `letter.${k}`;
            const hint = t(`beheer.settings.field.${k}Hint`);
            return multiLine.includes(k) ? (
              <TextAreaField key={path} id={idOf(path)} label={label(path)} description={hint} value={values[path] ?? ''} error={errors[path]} onChange={set(path)} rows={3} />
            ) : (
              text(path, hint, k === 'phone' ? 'tel' : k === 'email' ? 'email' : 'text')
            );
          })}
        </Fieldset>
        <Fieldset id="settings-intake">
          <FieldsetLegend>{t('beheer.settings.section.intake')}</FieldsetLegend>
          <SelectField
            id={idOf('intakeScenario')}
            label={label('intakeScenario')}
            description={t('beheer.settings.field.intakeScenarioHint')}
            value={(values.intakeScenario ?? '') as '' | '1' | '2' | '3'}
            error={errors.intakeScenario}
            options={[
              { value: '', label: t('beheer.settings.notChosen') },
              { value: '1', label: t('beheer.settings.scenario.1') },
              { value: '2', label: t('beheer.settings.scenario.2') },
              { value: '3', label: t('beheer.settings.scenario.3') },
            ]}
            onChange={set('intakeScenario')}
          />
          {number('progressMeetingsDefault', t('beheer.settings.field.progressMeetingsDefaultHint'), String(n.progressMeetingsDefault))}
          {number('objectionPeriodWeeks', t('beheer.settings.field.objectionPeriodWeeksHint'), String(n.objectionPeriodWeeks))}
        </Fieldset>
        <Fieldset id="settings-relief">
          <FieldsetLegend>{t('beheer.settings.section.relief')}</FieldsetLegend>
          {number('reliefLocalExtensionMonths', t('beheer.settings.field.reliefLocalExtensionMonthsHint'), String(n.reliefLocalExtensionMonths))}
          {number('reliefCheckpointsMonths', t('beheer.settings.field.reliefCheckpointsMonthsHint'), n.reliefCheckpointsMonths.join(', '))}
          <Paragraph>{t('beheer.settings.field.ontzorgenAccountIntro')}</Paragraph>
          {accountKeys.map((k) => text(`ontzorgenAccount.${k}`, t(`beheer.settings.field.ontzorgenAccount_${k}Hint`)))}
          {text('budgetbeheerReportDays', `${t('beheer.settings.field.budgetbeheerReportDaysHint')} ${t('beheer.settings.defaultValue', { value: '10' })}`)}
        </Fieldset>
        <Fieldset id="settings-duo">
          <FieldsetLegend>{t('beheer.settings.section.duo')}</FieldsetLegend>
          {text('duoContactTelefoon', t('beheer.settings.field.duoContactTelefoonHint'), 'tel')}
        </Fieldset>
        <Fieldset id="settings-rapportages">
          <FieldsetLegend>{t('beheer.settings.section.rapportages')}</FieldsetLegend>
          {text('kleineAantallenDrempel', `${t('beheer.settings.field.kleineAantallenDrempelHint')} ${t('beheer.settings.defaultValue', { value: '5' })}`)}
        </Fieldset>
        <FormatieFieldset values={values} errors={errors} onChange={(path, value) => set(path)(value)} />
        <Fieldset id="settings-retention">
          <FieldsetLegend>{t('beheer.settings.section.retention')}</FieldsetLegend>
          <Paragraph>{t('beheer.settings.section.retentionIntro')}</Paragraph>
          {retentionKeys.map((k) => text(`retention.${k}`, `${t(`beheer.settings.field.${k}Hint`)} ${t('beheer.settings.defaultValue', { value: String(retentionDefaults[k]) })}`))}
        </Fieldset>
        <Fieldset id="settings-national">
          <FieldsetLegend>{t('beheer.settings.section.national')}</FieldsetLegend>
          <Paragraph>{t('beheer.settings.section.nationalIntro')}</Paragraph>
          {number('mapHourNorm', t('beheer.settings.field.mapHourNormHint'), String(n.mapHourNorm))}
          <Fieldset>
            <FieldsetLegend>{t('beheer.settings.field.spukAsiel')}</FieldsetLegend>
            {asielKeys.map((k) => text(`spuk.asiel.${k}`, t('beheer.settings.defaultValue', { value: `€ ${euros(n.spuk.asiel[k])}` })))}
          </Fieldset>
          <Fieldset>
            <FieldsetLegend>{t('beheer.settings.field.spukGezin')}</FieldsetLegend>
            {gezinKeys.map((k) => text(`spuk.gezin-overig.${k}`, t('beheer.settings.defaultValue', { value: `€ ${euros(n.spuk['gezin-overig'][k])}` })))}
          </Fieldset>
        </Fieldset>
        <ButtonGroup>
          <PrimaryActionButton type="submit" busy={busy} disabled={busy}>
            {busy ? t('common.saving') : t('beheer.settings.save')}
          </PrimaryActionButton>
        </ButtonGroup>
      </form>
      <LogoSection
        view={view}
        onSaved={(next, message) => {
          setView(next);
          setNotice(message);
          void refreshHistory();
        }}
      />
      <RetentionSection gemeenteId={view.gemeenteId} />
      <HistoryTable entries={history} name={view.name} />
    </>
  );
}
