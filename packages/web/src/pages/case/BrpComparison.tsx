// The BRP next to the case file (issue 12): Koers asks the BRP (Haal Centraal, through the server),
// shows each difference with both values, and takes over the differences the trajectregisseur ticks.
import { Alert, ButtonGroup, Heading4, Paragraph, PrimaryActionButton, SecondaryActionButton } from '@utrecht/component-library-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { applyBrp, lookupBrp, type BrpField, type BrpLookup } from '../../api/brp.ts';
import type { CaseDetail } from '../../api/cases.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { Loading } from '../../components/RequireAuth.tsx';
import { formatDateTime } from '../../format/dates.ts';
import { BrpDifferencesTable } from './BrpDifferencesTable.tsx';

export function BrpComparison({
  caseId,
  onApplied,
  onClose,
}: {
  caseId: string;
  onApplied: (saved: CaseDetail) => void;
  onClose: () => void;
}) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'nl';
  const [lookup, setLookup] = useState<BrpLookup | null>(null);
  const [chosen, setChosen] = useState<Set<BrpField>>(new Set());
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const [nothingChosen, setNothingChosen] = useState(false);

  useEffect(() => {
    let live = true;
    lookupBrp(caseId)
      .then((found) => {
        if (!live) return;
        setLookup(found);
        // Every difference that can be taken over is ticked: the usual case is "the BRP is right".
        setChosen(new Set(found.differences.flatMap((d) => (d.applicable && d.field !== 'gemeenteVanInschrijving' ? [d.field] : []))));
      })
      .catch((caught: unknown) => {
        if (live) setError(caught);
      });
    return () => {
      live = false;
    };
  }, [caseId]);

  async function apply() {
    if (!lookup) return;
    setNothingChosen(chosen.size === 0);
    if (chosen.size === 0) return;
    setBusy(true);
    setError(null);
    try {
      const result = await applyBrp(caseId, lookup.caseVersion, [...chosen]);
      onApplied(result.case);
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  }

  const toggle = (field: BrpField, on: boolean) =>
    setChosen((current) => {
      const next = new Set(current);
      if (on) next.add(field);
      else next.delete(field);
      return next;
    });

  return (
    <section aria-labelledby="brp-heading" className="koers-brp" data-testid="brp-comparison">
      <Heading4 id="brp-heading">{t('case.brp.title')}</Heading4>
      {error ? <ErrorAlert error={error} headingLevel={4} /> : null}
      {!lookup && !error ? <Loading /> : null}
      {lookup ? (
        <>
          <Paragraph>{t('case.brp.consulted', { when: formatDateTime(lookup.consultedAt, language) })}</Paragraph>
          {lookup.notices.map((n) => (
            <Alert key={n.kind} type="warning" className="koers-alert">
              <Paragraph lang="nl">{n.text}</Paragraph>
            </Alert>
          ))}
          {lookup.differences.length === 0 ? (
            <Paragraph data-testid="brp-same">{t('case.brp.same')}</Paragraph>
          ) : (
            <BrpDifferencesTable differences={lookup.differences} chosen={chosen} onToggle={toggle} />
          )}
          {nothingChosen ? (
            <Alert type="info" role="status" className="koers-alert">
              {t('case.brp.nothingChosen')}
            </Alert>
          ) : null}
          <ButtonGroup>
            {lookup.differences.some((d) => d.applicable) ? (
              <PrimaryActionButton type="button" busy={busy} disabled={busy} onClick={() => void apply()}>
                {busy ? t('case.brp.applying') : t('case.brp.apply')}
              </PrimaryActionButton>
            ) : null}
            <SecondaryActionButton type="button" onClick={onClose}>
              {t('case.brp.close')}
            </SecondaryActionButton>
          </ButtonGroup>
        </>
      ) : null}
      {error && !lookup ? (
        <ButtonGroup>
          <SecondaryActionButton type="button" onClick={onClose}>
            {t('case.brp.close')}
          </SecondaryActionButton>
        </ButtonGroup>
      ) : null}
    </section>
  );
}
