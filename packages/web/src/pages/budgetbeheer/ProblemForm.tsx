import { ButtonGroup, Heading3, SecondaryActionButton } from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../api/client.ts';
import { partnerProblemKinds, signalPartnerProblem, type PartnerAgreement, type PartnerProblemKind } from '../../api/ontzorgen.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { SelectField } from '../../components/form/SelectField.tsx';
import { TextAreaField } from '../../components/form/TextAreaField.tsx';
import { formatDate } from '../../format/dates.ts';

/** A problem the partner signals (arrears, a changed address …): a werkvoorraad item for the regisseur. */
export function ProblemForm({ agreement, onSent }: { agreement: PartnerAgreement; onSent: () => void }) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'nl';
  const [kind, setKind] = useState<PartnerProblemKind>('achterstand');
  const [note, setNote] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const id = `probleem-${agreement.caseId}`;
  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await signalPartnerProblem(agreement.caseId, { kind, note });
      setNote('');
      onSent();
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  }
  const fieldError = (field: string) => (isApiError(error) ? error.messageFor(field) : undefined);
  return (
    <>
      {agreement.problems.length > 0 ? (
        <>
          <Heading3>{t('budgetbeheer.problems')}</Heading3>
          <ul data-testid="budgetbeheer-problems">
            {agreement.problems.map((p) => (
              <li key={p.id}>
                {`${formatDate(p.reportedOn, language)}: ${p.kindLabel} — ${p.note} (${p.resolvedOn ? t('budgetbeheer.problemResolved', { date: formatDate(p.resolvedOn, language) }) : t('budgetbeheer.problemOpen')})`}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <form noValidate className="koers-form" aria-labelledby={`${id}-title`} onSubmit={(e) => void submit(e)}>
        <Heading3 id={`${id}-title`}>{t('budgetbeheer.problemTitle', { name: agreement.name })}</Heading3>
        {error && !fieldError('kind') && !fieldError('note') ? <ErrorAlert error={error} /> : null}
        <SelectField id={`${id}-kind`} label={t('budgetbeheer.problemKind')} value={kind} error={fieldError('kind')} options={partnerProblemKinds.map((k) => ({ value: k, label: t(`budgetbeheer.kind.${k}`) }))} onChange={setKind} />
        <TextAreaField id={`${id}-note`} label={t('budgetbeheer.problemNote')} value={note} error={fieldError('note')} onChange={setNote} />
        <ButtonGroup>
          <SecondaryActionButton type="submit" busy={busy} disabled={busy}>
            {t('budgetbeheer.problemSubmit')}
          </SecondaryActionButton>
        </ButtonGroup>
      </form>
    </>
  );
}
