// The form under the taakstelling table (beheer and beleid): enter the taakstelling of one half year,
// saved with the version read.
import { ButtonGroup, Heading3, Paragraph, PrimaryActionButton } from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { saveTaakstelling, type TaakstellingHalf } from '../../api/dashboard.ts';
import { SelectField } from '../../components/form/SelectField.tsx';
import { TextField } from '../../components/TextField.tsx';

export function TaakstellingForm({
  rows,
  rowLabel,
  reload,
  onError,
}: {
  rows: readonly TaakstellingHalf[];
  rowLabel: (r: TaakstellingHalf) => string;
  reload: () => Promise<void>;
  onError: (error: unknown) => void;
}) {
  const { t } = useTranslation();
  const [choice, setChoice] = useState('');
  const [aantal, setAantal] = useState('');
  const [formError, setFormError] = useState<string | undefined>(undefined);
  const [saved, setSaved] = useState(false);
  const chosen = rows.find((r) => `${r.gemeenteId}:${r.half}` === choice) ?? rows[0];

  async function onSave(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSaved(false);
    if (!chosen) return;
    const n = Number(aantal);
    if (aantal.trim() === '' || !Number.isInteger(n) || n < 0) {
      setFormError(t('rapportages.taakstelling.aantalError'));
      return;
    }
    setFormError(undefined);
    try {
      await saveTaakstelling(chosen.gemeenteId, chosen.year, chosen.half, n, chosen.version);
      setSaved(true);
      setAantal('');
      await reload();
    } catch (caught: unknown) {
      onError(caught);
    }
  }

  if (!chosen) return null;
  return (
    <form className="koers-form" aria-labelledby="heading-taakstelling-form" onSubmit={(e) => void onSave(e)} noValidate>
      <Heading3 id="heading-taakstelling-form">{t('rapportages.taakstelling.formTitle')}</Heading3>
      <SelectField
        id="taakstelling-halfjaar"
        label={t('rapportages.taakstelling.rowHeader')}
        value={`${chosen.gemeenteId}:${chosen.half}`}
        options={rows.map((r) => ({ value: `${r.gemeenteId}:${r.half}`, label: rowLabel(r) }))}
        onChange={(v) => {
          setChoice(v);
          setSaved(false);
        }}
      />
      <TextField
        id="taakstelling-aantal"
        type="number"
        min={0}
        inputMode="numeric"
        label={t('rapportages.taakstelling.taakstelling')}
        description={chosen.figures.taakstelling === null ? t('rapportages.taakstelling.notEntered') : t('rapportages.taakstelling.current', { aantal: chosen.figures.taakstelling })}
        value={aantal}
        error={formError}
        onChange={(e) => setAantal(e.target.value)}
      />
      <ButtonGroup>
        <PrimaryActionButton type="submit">{t('rapportages.taakstelling.save')}</PrimaryActionButton>
      </ButtonGroup>
      {saved ? (
        <Paragraph role="status" data-testid="taakstelling-saved">
          {t('rapportages.taakstelling.saved')}
        </Paragraph>
      ) : null}
    </form>
  );
}
