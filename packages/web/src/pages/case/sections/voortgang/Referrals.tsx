// Doorverwijzingen of the case (R21): to which organisation, why, and whether it was followed up.
import { ButtonGroup, Heading3, Paragraph, SecondaryActionButton, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { referralOutcomes, updateReferral, type Referral, type ReferralOutcome } from '../../../../api/voortgang.ts';
import { ErrorAlert } from '../../../../components/ErrorAlert.tsx';
import { ScrollTable } from '../../../../components/ScrollTable.tsx';
import { SelectField } from '../../../../components/form/SelectField.tsx';
import { formatDate } from '../../../../format/dates.ts';

export function Referrals({ caseId, referrals, canWrite, onChanged }: { caseId: string; referrals: Referral[]; canWrite: boolean; onChanged: (message: string) => void }) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'nl';
  return (
    <section aria-labelledby="voortgang-referrals-heading">
      <Heading3 id="voortgang-referrals-heading">{t('voortgang.referrals.title')}</Heading3>
      {referrals.length === 0 ? (
        <Paragraph>{t('voortgang.referrals.empty')}</Paragraph>
      ) : (
        <ScrollTable captionId="voortgang-referrals-caption" testId="voortgang-referrals" caption={t('voortgang.referrals.caption')}>
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col">{t('voortgang.referrals.referredOn')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('voortgang.referrals.organisation')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('voortgang.referrals.reason')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('voortgang.referrals.outcome')}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {referrals.map((r) => (
              <TableRow key={r.id}>
                <TableHeaderCell scope="row">{formatDate(r.referredOn, language)}</TableHeaderCell>
                <TableCell>
                  {r.organisationName} ({t(`voortgang.kaartThemes.${r.organisationTheme}`)})
                </TableCell>
                <TableCell>{r.reason}</TableCell>
                <TableCell>{canWrite ? <OutcomeEditor caseId={caseId} referral={r} onChanged={onChanged} /> : t(`voortgang.referralOutcomes.${r.outcome}`)}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </ScrollTable>
      )}
    </section>
  );
}

function OutcomeEditor({ caseId, referral, onChanged }: { caseId: string; referral: Referral; onChanged: (message: string) => void }) {
  const { t } = useTranslation();
  const [outcome, setOutcome] = useState<ReferralOutcome>(referral.outcome);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  async function save() {
    setBusy(true);
    setError(null);
    try {
      await updateReferral(caseId, referral.id, { outcome, outcomeNote: referral.outcomeNote, version: referral.version });
      onChanged(t('voortgang.referrals.saved', { name: referral.organisationName }));
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  }
  return (
    <>
      <SelectField id={`referral-${referral.id}-outcome`} label={t('voortgang.referrals.outcomeFor', { name: referral.organisationName })} value={outcome} options={referralOutcomes.map((o) => ({ value: o, label: t(`voortgang.referralOutcomes.${o}`) }))} onChange={setOutcome} />
      {error ? <ErrorAlert error={error} headingLevel={4} /> : null}
      <ButtonGroup>
        <SecondaryActionButton type="button" busy={busy} disabled={busy || outcome === referral.outcome} onClick={() => void save()}>
          {t('voortgang.referrals.saveOutcome')}
        </SecondaryActionButton>
      </ButtonGroup>
    </>
  );
}
