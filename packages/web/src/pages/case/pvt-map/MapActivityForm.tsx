import { ButtonGroup, Heading4, Paragraph, PrimaryActionButton } from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../api/client.ts';
import { addMapActivity, type CasePvtMap, type MapTheme } from '../../../api/pvtMap.ts';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { TextField } from '../../../components/TextField.tsx';
import { SelectField } from '../../../components/form/SelectField.tsx';
import { TextAreaField } from '../../../components/form/TextAreaField.tsx';
import { todayIso } from '../../../format/dates.ts';

/** A practice activity of the MAP: a theme agreed in the PIP, the day, the hours and what was done. */
export function MapActivityForm({ caseId, data, onSaved }: { caseId: string; data: CasePvtMap; onSaved: (next: CasePvtMap) => void }) {
  const { t } = useTranslation();
  const themes = data.map.themes.filter((x) => x.omittedReason === null);
  const [theme, setTheme] = useState<MapTheme>(themes[0]?.theme ?? 'beroepenorientatie');
  const [heldOn, setHeldOn] = useState(todayIso());
  const [hours, setHours] = useState('');
  const [description, setDescription] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const [saved, setSaved] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    setSaved(false);
    try {
      const parsed = Number(hours.replace(',', '.'));
      const next = await addMapActivity(caseId, { theme, heldOn, hours: hours.trim() === '' || Number.isNaN(parsed) ? 0 : parsed, description });
      setHours('');
      setDescription('');
      setSaved(true);
      onSaved(next);
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  }
  const fieldError = (f: string) => (isApiError(error) ? error.messageFor(f) : undefined);
  const known = ['theme', 'heldOn', 'hours', 'description'].some((f) => fieldError(f) !== undefined);

  return (
    <form noValidate className="koers-form" aria-labelledby="map-activity-heading" onSubmit={(e) => void submit(e)} data-testid="map-activity-form">
      <Heading4 id="map-activity-heading">{t('pvtmap.map.add.title')}</Heading4>
      {error && !known ? <ErrorAlert error={error} /> : null}
      <SelectField id="map-activity-theme" label={t('pvtmap.map.add.theme')} value={theme} options={themes.map((x) => ({ value: x.theme, label: x.label }))} onChange={setTheme} error={fieldError('theme')} />
      <TextField id="map-activity-date" type="date" label={t('pvtmap.map.add.date')} value={heldOn} max={todayIso()} onChange={(e) => setHeldOn(e.target.value)} error={fieldError('heldOn')} />
      <TextField id="map-activity-hours" inputMode="decimal" label={t('pvtmap.map.add.hours')} description={t('pvtmap.map.add.hoursHint')} value={hours} onChange={(e) => setHours(e.target.value)} error={fieldError('hours')} />
      <TextAreaField id="map-activity-description" label={t('pvtmap.map.add.description')} value={description} onChange={setDescription} rows={2} error={fieldError('description')} />
      {saved ? <Paragraph role="status">{t('pvtmap.map.add.saved')}</Paragraph> : null}
      <ButtonGroup>
        <PrimaryActionButton type="submit" busy={busy} disabled={busy}>
          {t('pvtmap.map.add.submit')}
        </PrimaryActionButton>
      </ButtonGroup>
    </form>
  );
}
