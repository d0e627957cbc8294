// The sections of the gemeente settings form: letters, intake, relief and ontzorgen, DUO, reports,
// formatie, retention and the national amounts. Every field shows its national default as a hint.
import { Fieldset, FieldsetLegend, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import type { NationalSettings } from '../../api/beheer.ts';
import { SelectField } from '../../components/form/SelectField.tsx';
import { TextAreaField } from '../../components/form/TextAreaField.tsx';
import { TextField } from '../../components/TextField.tsx';
import { FormatieFieldset } from './formatie/FormatieFieldset.tsx';
import { settingLabel } from './settingLabels.ts';
import { accountKeys, asielKeys, euros, gezinKeys, idOf, letterKeys, retentionKeys, type NumberKey, type Values } from './settingsDocument.ts';

const multiLine: readonly string[] = ['visitingAddress', 'postalAddress', 'objectionAddress', 'handhavingPolicy'];
/** The defaults of the domain (defaultRetention), shown as the value that applies when a field is empty. */
const retentionDefaults: Record<(typeof retentionKeys)[number], number> = { caseFileYears: 5, coreDataYears: 50, processingLogYears: 5 };

interface FieldsProps {
  values: Values;
  errors: Values;
  set: (path: string) => (value: string) => void;
}

function useFields({ values, errors, set }: FieldsProps) {
  const { t } = useTranslation();
  const label = (path: string) => settingLabel(t, path);
  const text = (path: string, hint: string, type: 'text' | 'tel' | 'email' = 'text') => (
    <TextField key={path} id={idOf(path)} name={path} type={type} autoComplete="off" label={label(path)} description={hint} value={values[path] ?? ''} error={errors[path]} onChange={(e) => set(path)(e.target.value)} />
  );
  const number = (path: NumberKey | 'reliefCheckpointsMonths', hint: string, national: string) => text(path, `${hint} ${t('beheer.settings.defaultValue', { value: national })}`);
  return { t, label, text, number };
}

function LetterFieldset(props: FieldsProps) {
  const { t, label, text } = useFields(props);
  const { values, errors, set } = props;
  return (
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
  );
}

function IntakeAndReliefFieldsets(props: FieldsProps & { national: NationalSettings }) {
  const { t, label, text, number } = useFields(props);
  const { values, errors, set, national: n } = props;
  return (
    <>
      <Fieldset id="settings-intake">
        <FieldsetLegend>{t('beheer.settings.section.intake')}</FieldsetLegend>
        <SelectField
          id={idOf('intakeScenario')}
          label={label('intakeScenario')}
          description={t('beheer.settings.field.intakeScenarioHint')}
          value={values.intakeScenario ?? ''}
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
    </>
  );
}

function RetentionAndNationalFieldsets(props: FieldsProps & { national: NationalSettings }) {
  const { t, text, number } = useFields(props);
  const n = props.national;
  return (
    <>
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
    </>
  );
}

export function SettingsFieldsets(props: FieldsProps & { national: NationalSettings }) {
  const { t, text } = useFields(props);
  const { values, errors, set } = props;
  return (
    <>
      <LetterFieldset {...props} />
      <IntakeAndReliefFieldsets {...props} />
      <Fieldset id="settings-duo">
        <FieldsetLegend>{t('beheer.settings.section.duo')}</FieldsetLegend>
        {text('duoContactTelefoon', t('beheer.settings.field.duoContactTelefoonHint'), 'tel')}
      </Fieldset>
      <Fieldset id="settings-rapportages">
        <FieldsetLegend>{t('beheer.settings.section.rapportages')}</FieldsetLegend>
        {text('kleineAantallenDrempel', `${t('beheer.settings.field.kleineAantallenDrempelHint')} ${t('beheer.settings.defaultValue', { value: '5' })}`)}
      </Fieldset>
      <FormatieFieldset values={values} errors={errors} onChange={(path, value) => set(path)(value)} />
      <RetentionAndNationalFieldsets {...props} />
    </>
  );
}
