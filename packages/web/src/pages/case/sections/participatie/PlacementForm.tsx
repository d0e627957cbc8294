import { ButtonGroup, Heading4, Paragraph, PrimaryActionButton } from '@utrecht/component-library-react';
import { useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../../api/client.ts';
import { addParticipationPlacement, listParticipationPlaces, type CaseParticipatie } from '../../../../api/participatie.ts';
import { ErrorAlert } from '../../../../components/ErrorAlert.tsx';
import { TextField } from '../../../../components/TextField.tsx';
import { SelectField } from '../../../../components/form/SelectField.tsx';
import { todayIso } from '../../../../format/dates.ts';

/** Place the person on an active participation place of the gemeente's catalogue. */
export function PlacementForm({ caseId, gemeenteId, onSaved }: { caseId: string; gemeenteId: string; onSaved: (next: CaseParticipatie) => void }) {
  const { t } = useTranslation();
  const places = useQuery({ queryKey: ['participatieplekken', gemeenteId], queryFn: () => listParticipationPlaces(gemeenteId) });
  const active = (places.data?.places ?? []).filter((p) => p.active);
  const [placeId, setPlaceId] = useState('');
  const [startsOn, setStartsOn] = useState(todayIso());
  const [endsOn, setEndsOn] = useState('');
  const [hoursPerWeek, setHoursPerWeek] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState(false);
  const chosen = placeId || active[0]?.id || '';

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    setDone(false);
    try {
      const hours = Number(hoursPerWeek);
      const next = await addParticipationPlacement(caseId, { placeId: chosen, startsOn, endsOn: endsOn === '' ? null : endsOn, hoursPerWeek: hoursPerWeek.trim() === '' || Number.isNaN(hours) ? 0 : hours });
      setHoursPerWeek('');
      setEndsOn('');
      setDone(true);
      onSaved(next);
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  }
  const fieldError = (f: string) => (isApiError(error) ? error.messageFor(f) : undefined);
  const known = ['placeId', 'startsOn', 'endsOn', 'hoursPerWeek'].some((f) => fieldError(f) !== undefined);

  return (
    <form noValidate className="koers-form" aria-labelledby="placement-add-heading" onSubmit={(e) => void submit(e)} data-testid="participatie-placement-form">
      <Heading4 id="placement-add-heading">{t('participatie.placements.add')}</Heading4>
      {places.error ? <ErrorAlert error={places.error} /> : null}
      {error && !known ? <ErrorAlert error={error} /> : null}
      {places.data && active.length === 0 ? (
        <Paragraph>{t('participatie.placements.noPlaces')}</Paragraph>
      ) : (
        <>
          <SelectField
            id="placement-place"
            label={t('participatie.placements.place')}
            value={chosen}
            options={active.map((p) => ({ value: p.id, label: `${p.name} (${p.organisation}, ${p.kindLabel})` }))}
            onChange={setPlaceId}
            error={fieldError('placeId')}
          />
          <TextField id="placement-from" type="date" label={t('participatie.placements.from')} value={startsOn} onChange={(e) => setStartsOn(e.target.value)} error={fieldError('startsOn')} />
          <TextField id="placement-to" type="date" label={t('participatie.placements.to')} description={t('participatie.placements.toHint')} value={endsOn} onChange={(e) => setEndsOn(e.target.value)} error={fieldError('endsOn')} />
          <TextField id="placement-hours" inputMode="numeric" label={t('participatie.placements.hoursPerWeek')} value={hoursPerWeek} onChange={(e) => setHoursPerWeek(e.target.value)} error={fieldError('hoursPerWeek')} />
          {done ? <Paragraph role="status">{t('participatie.placements.saved')}</Paragraph> : null}
          <ButtonGroup>
            <PrimaryActionButton type="submit" busy={busy} disabled={busy}>
              {t('participatie.placements.submit')}
            </PrimaryActionButton>
          </ButtonGroup>
        </>
      )}
    </form>
  );
}
