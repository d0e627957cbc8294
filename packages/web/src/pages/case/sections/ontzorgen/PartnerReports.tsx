import { Heading3, Paragraph, SecondaryActionButton } from '@utrecht/component-library-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { resolvePartnerProblem, type Ontzorgen } from '../../../../api/ontzorgen.ts';
import { ErrorAlert } from '../../../../components/ErrorAlert.tsx';
import { formatDate } from '../../../../format/dates.ts';
import { formatMonth } from '../../../../format/months.ts';

/** What the budgetbeheer partner reported and signalled (ADR 0147); a problem is marked handled here. */
export function PartnerReports({ caseId, data, onChanged }: { caseId: string; data: Ontzorgen; onChanged: () => void }) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'nl';
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  async function resolve(problemId: string, version: number) {
    setBusy(true);
    setError(null);
    try {
      await resolvePartnerProblem(caseId, problemId, version);
      onChanged();
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  }
  return (
    <section className="koers-panel" aria-labelledby="ontzorgen-partner-heading" data-testid="ontzorgen-partner">
      <Heading3 id="ontzorgen-partner-heading">{t('ontzorgen.partner.reports')}</Heading3>
      {data.partnerReports.length === 0 ? (
        <Paragraph>{t('ontzorgen.partner.noReports')}</Paragraph>
      ) : (
        <ul>
          {data.partnerReports.map((r) => (
            <li key={r.month}>{`${formatMonth(r.month, language)}: ${r.statusLabel}${r.reason ? ` — ${r.reason}` : ''}`}</li>
          ))}
        </ul>
      )}
      {data.partnerProblems.length > 0 ? (
        <>
          <Heading3>{t('ontzorgen.partner.problems')}</Heading3>
          {error ? <ErrorAlert error={error} /> : null}
          <ul>
            {data.partnerProblems.map((p) => (
              <li key={p.id}>
                {`${formatDate(p.reportedOn, language)}: ${p.kindLabel} — ${p.note}`}
                {p.resolvedOn ? (
                  ` (${t('ontzorgen.partner.resolved', { date: formatDate(p.resolvedOn, language) })})`
                ) : (
                  <>
                    {' '}
                    <SecondaryActionButton type="button" disabled={busy} aria-label={t('ontzorgen.partner.resolveLabel', { kind: p.kindLabel, date: formatDate(p.reportedOn, language) })} onClick={() => void resolve(p.id, p.version)}>
                      {t('ontzorgen.partner.resolve')}
                    </SecondaryActionButton>
                  </>
                )}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}
