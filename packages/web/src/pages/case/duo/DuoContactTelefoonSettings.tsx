// Beheer: per gemeente the team telefoonnummer DUO gets for a contactpersoon (trajectregisseur)
// without an own work phone. Self-contained, for the admin page (permission admin:gemeenten).
import { Button, Fieldset, FieldsetLegend, Heading2, Paragraph } from '@utrecht/component-library-react';
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { getAdminGemeenten, isApiError } from '../../../api/client.ts';
import { getDuoContactTelefoon, setDuoContactTelefoon } from '../../../api/duo.ts';
import type { AdminGemeente } from '../../../api/types.ts';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { TextField } from '../../../components/TextField.tsx';

function GemeenteTeamPhone({ gemeente }: { gemeente: AdminGemeente }) {
  const { t } = useTranslation();
  const [value, setValue] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [saved, setSaved] = useState(false);
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    getDuoContactTelefoon(gemeente.id)
      .then((s) => setValue(s.telefoonnummer ?? ''))
      .catch(() => undefined);
  }, [gemeente.id]);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    setSaved(false);
    try {
      const result = await setDuoContactTelefoon(gemeente.id, value.trim() === '' ? null : value.trim());
      setValue(result.telefoonnummer ?? '');
      setSaved(true);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  const id = `duo-team-phone-${gemeente.id}`;
  const fieldError = isApiError(error) ? error.messageFor('telefoonnummer') : undefined;
  return (
    <form className="koers-form" onSubmit={(e) => void submit(e)} noValidate>
      <Fieldset>
        <FieldsetLegend>{gemeente.name}</FieldsetLegend>
        {error && !fieldError ? <ErrorAlert error={error} /> : null}
        {saved ? <Paragraph role="status">{t('duo.contactSetting.saved')}</Paragraph> : null}
        <TextField id={id} name="telefoonnummer" type="tel" autoComplete="off" label={t('duo.contactSetting.label')} description={t('duo.contactSetting.hint')} value={value} error={fieldError} onChange={(e) => setValue(e.target.value)} />
        <Button type="submit" appearance="primary-action-button" disabled={busy}>
          {t('duo.contactSetting.save')}
        </Button>
      </Fieldset>
    </form>
  );
}

export function DuoContactTelefoonSettings() {
  const { t } = useTranslation();
  const [gemeenten, setGemeenten] = useState<AdminGemeente[] | null>(null);
  const [error, setError] = useState<unknown>(null);
  useEffect(() => {
    getAdminGemeenten().then(setGemeenten).catch(setError);
  }, []);
  return (
    <section aria-labelledby="duo-team-phone-settings" data-testid="duo-team-phone-settings">
      <Heading2 id="duo-team-phone-settings">{t('duo.contactSetting.title')}</Heading2>
      <Paragraph>{t('duo.contactSetting.intro')}</Paragraph>
      {error ? <ErrorAlert error={error} /> : null}
      {gemeenten?.map((g) => <GemeenteTeamPhone key={g.id} gemeente={g} />)}
    </section>
  );
}
