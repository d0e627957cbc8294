// Beheer: per gemeente the moment the brede intake starts (seed 002, scenario 1/2/3). Self-contained,
// for the admin page (permission admin:gemeenten): lists the organisation's gemeenten with a choice each.
import { Button, Fieldset, FieldsetLegend, Heading2, Paragraph } from '@utrecht/component-library-react';
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { getAdminGemeenten } from '../../../api/client.ts';
import type { AdminGemeente } from '../../../api/types.ts';
import { getIntakeScenario, setIntakeScenario } from '../../../api/voorbereiding.ts';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { fieldError } from './fields.tsx';
import { SelectField } from '../../../components/form/SelectField.tsx';

const choices = ['none', '1', '2', '3'] as const;
type Choice = (typeof choices)[number];

function GemeenteScenario({ gemeente }: { gemeente: AdminGemeente }) {
  const { t } = useTranslation();
  const [choice, setChoice] = useState<Choice>('none');
  const [error, setError] = useState<unknown>(null);
  const [saved, setSaved] = useState(false);
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    // Reading needs case:read; a beheerder without it simply starts from "not chosen".
    getIntakeScenario(gemeente.id)
      .then((s) => setChoice(s.scenario === null ? 'none' : (String(s.scenario) as Choice)))
      .catch(() => undefined);
  }, [gemeente.id]);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (choice === 'none') return;
    setBusy(true);
    setError(null);
    setSaved(false);
    try {
      await setIntakeScenario(gemeente.id, choice === '1' ? 1 : choice === '2' ? 2 : 3);
      setSaved(true);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  const id = `scenario-${gemeente.id}`;
  return (
    <form className="koers-form" onSubmit={(e) => void submit(e)} noValidate>
      <Fieldset>
        <FieldsetLegend>{gemeente.name}</FieldsetLegend>
        {error ? <ErrorAlert error={error} /> : null}
        {saved ? <Paragraph role="status">{t('voorbereiding.scenarioSetting.saved')}</Paragraph> : null}
        <SelectField
          id={id}
          label={t('voorbereiding.scenarioSetting.label')}
          value={choice}
          options={choices.map((c) => ({ value: c, label: t(`voorbereiding.scenarioSetting.option.${c}`) }))}
          onChange={setChoice}
          error={fieldError(error, 'scenario')}
        />
        <Button type="submit" appearance="primary-action-button" disabled={busy || choice === 'none'}>
          {t('voorbereiding.scenarioSetting.save')}
        </Button>
      </Fieldset>
    </form>
  );
}

export function IntakeScenarioSettings() {
  const { t } = useTranslation();
  const [gemeenten, setGemeenten] = useState<AdminGemeente[] | null>(null);
  const [error, setError] = useState<unknown>(null);
  useEffect(() => {
    getAdminGemeenten().then(setGemeenten).catch(setError);
  }, []);
  return (
    <section aria-labelledby="intake-scenario-settings" data-testid="intake-scenario-settings">
      <Heading2 id="intake-scenario-settings">{t('voorbereiding.scenarioSetting.title')}</Heading2>
      <Paragraph>{t('voorbereiding.scenarioSetting.intro')}</Paragraph>
      {error ? <ErrorAlert error={error} /> : null}
      {gemeenten?.map((g) => <GemeenteScenario key={g.id} gemeente={g} />)}
    </section>
  );
}
