// Retention for the beheerder (ADR 0099): the dry run — what the nightly clean-up would remove
// now with the saved periods, nothing changes — and what its last run did. Counts only.
import { ButtonGroup, Heading2, Paragraph, SecondaryActionButton, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { getRetentionOverview, type RetentionCounts, type RetentionOverview } from '../../api/beheer.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { ScrollTable } from '../../components/ScrollTable.tsx';
import { formatDateTime } from '../../format/dates.ts';

const rows: readonly (keyof RetentionCounts)[] = ['caseFiles', 'coreData', 'closedWithoutDate', 'processingLog'];

export function RetentionSection({ gemeenteId }: { gemeenteId: string }) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'nl';
  const [overview, setOverview] = useState<RetentionOverview | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  async function run() {
    setBusy(true);
    setError(null);
    try {
      setOverview(await getRetentionOverview(gemeenteId));
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  }

  const last = overview?.lastRuns[0];
  return (
    <section aria-labelledby="settings-retention-run" className="koers-section" data-testid="retention-run">
      <Heading2 id="settings-retention-run">{t('beheer.settings.retentionRun.title')}</Heading2>
      <Paragraph>{t('beheer.settings.retentionRun.intro')}</Paragraph>
      <ButtonGroup>
        <SecondaryActionButton type="button" disabled={busy} onClick={() => void run()}>
          {t('beheer.settings.retentionRun.button')}
        </SecondaryActionButton>
      </ButtonGroup>
      {error ? <ErrorAlert error={error} headingLevel={3} /> : null}
      <div aria-live="polite">
        {overview ? (
          <>
            <ScrollTable captionId="retention-run-caption" testId="retention-dry-run" caption={t('beheer.settings.retentionRun.caption')}>
              <TableHeader>
                <TableRow>
                  <TableHeaderCell scope="col">{t('beheer.settings.retentionRun.what')}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t('beheer.settings.retentionRun.count')}</TableHeaderCell>
                </TableRow>
              </TableHeader>
              <TableBody>
                {rows.map((k) => (
                  <TableRow key={k} data-retention={k}>
                    <TableHeaderCell scope="row">{t(`beheer.settings.retentionRun.${k}`)}</TableHeaderCell>
                    <TableCell>{overview.dryRun[k]}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </ScrollTable>
            <Paragraph data-testid="retention-last-run">
              {last
                ? `${t('beheer.settings.retentionRun.lastRunAt', { at: formatDateTime(last.ranAt, language) })} ${rows.map((k) => `${t(`beheer.settings.retentionRun.${k}`)}: ${last[k]}`).join('; ')}.`
                : t('beheer.settings.retentionRun.noRun')}
            </Paragraph>
          </>
        ) : null}
      </div>
    </section>
  );
}
