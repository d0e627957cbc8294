import { ButtonGroup, Heading3, Link, Paragraph, SecondaryActionButton } from '@utrecht/component-library-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { caseDocumentUrl } from '../../../api/documents.ts';
import { updateDuoFine, type DuoFine, type HandhavingOverview } from '../../../api/handhaving.ts';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { ServerText } from '../../../components/ServerText.tsx';
import { formatDate, todayIso } from '../../../format/dates.ts';
import { DuoFineForm } from './DuoFineForm.tsx';
import { ExplanationList } from './ExplanationList.tsx';
import { euro } from './format.ts';

/** The new termijn a fine set as the update takes it: 6, 12, 18 or 24 months (the only lengths the server stores), or none. */
const termLengths = [6, 12, 18, 24] as const;
const termMonths = (months: number | null): (typeof termLengths)[number] | null => termLengths.find((m) => m === months) ?? null;

/** DUO's own fines (C6) with their effect on the termijn and the cap, as the server's rules core computed it. */
export function DuoFinesPanel({
  caseId,
  data,
  canWrite,
  language,
  onSaved,
}: {
  caseId: string;
  data: HandhavingOverview;
  canWrite: boolean;
  language: string;
  onSaved: (message: string) => void;
}) {
  const { t } = useTranslation();
  const [adding, setAdding] = useState(false);
  return (
    <section className="koers-panel" aria-labelledby="duo-fines-heading" data-testid="duo-fines">
      <Heading3 id="duo-fines-heading">{t('handhaving.duoFines.heading')}</Heading3>
      <Paragraph>
        <ServerText>{data.duoFines.note}</ServerText>
      </Paragraph>
      {data.duoFines.items.length === 0 ? <Paragraph>{t('handhaving.duoFines.empty')}</Paragraph> : null}
      {data.duoFines.items.map((f) => (
        <DuoFineItem key={`${f.id}-${f.version}`} caseId={caseId} fine={f} canWrite={canWrite} language={language} onSaved={onSaved} />
      ))}
      {adding ? (
        <DuoFineForm
          caseId={caseId}
          onSaved={(m) => {
            setAdding(false);
            onSaved(m);
          }}
          onCancel={() => setAdding(false)}
        />
      ) : canWrite ? (
        <ButtonGroup>
          <SecondaryActionButton type="button" onClick={() => setAdding(true)}>
            {t('handhaving.duoFines.add')}
          </SecondaryActionButton>
        </ButtonGroup>
      ) : null}
    </section>
  );
}

function DuoFineItem({
  caseId,
  fine: f,
  canWrite,
  language,
  onSaved,
}: {
  caseId: string;
  fine: DuoFine;
  canWrite: boolean;
  language: string;
  onSaved: (message: string) => void;
}) {
  const { t } = useTranslation();
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  async function change(extra: { withdrawnOn?: string; reviewedOn?: string }, message: string) {
    setBusy(true);
    setError(null);
    try {
      await updateDuoFine(caseId, f.id, {
        kind: f.kind,
        decisionOn: f.decisionOn,
        amountCents: f.amountCents,
        newTermMonths: termMonths(f.newTermMonths),
        documentId: f.documentId,
        note: f.note,
        version: f.version,
        withdrawnOn: extra.withdrawnOn ?? f.withdrawnOn,
        reviewedOn: extra.reviewedOn ?? f.reviewedOn,
      });
      onSaved(message);
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  }
  return (
    <div data-testid="duo-fine">
      <Paragraph>
        <strong>
          {t('handhaving.duoFines.item', { date: formatDate(f.decisionOn, language), amount: euro(f.amountCents, language) })}
        </strong>{' '}
        <ServerText>{f.kindLabel}</ServerText> (<ServerText>{f.article}</ServerText>)
        {f.documentId ? (
          <>
            {' · '}
            <Link href={caseDocumentUrl(caseId, f.documentId)} target="_blank" rel="noreferrer">
              {t('handhaving.duoFines.openDocument')}
            </Link>
          </>
        ) : null}
      </Paragraph>
      <Paragraph data-testid="duo-fine-effect">
        <ServerText>{f.effect.summary}</ServerText>
        {f.withdrawnOn ? ` ${t('handhaving.duoFines.withdrawn', { date: formatDate(f.withdrawnOn, language) })}` : null}
        {f.reviewedOn ? ` ${t('handhaving.duoFines.reviewed', { date: formatDate(f.reviewedOn, language) })}` : null}
      </Paragraph>
      <ExplanationList explanation={f.effect} />
      {f.note ? (
        <Paragraph>
          {t('handhaving.duoFines.note')}: <ServerText>{f.note}</ServerText>
        </Paragraph>
      ) : null}
      {error ? <ErrorAlert error={error} headingLevel={4} /> : null}
      {canWrite && !f.withdrawnOn ? (
        <ButtonGroup>
          {!f.reviewedOn ? (
            <SecondaryActionButton type="button" disabled={busy} onClick={() => void change({ reviewedOn: todayIso() }, t('handhaving.duoFines.reviewedSaved'))}>
              {t('handhaving.duoFines.markReviewed')}
            </SecondaryActionButton>
          ) : null}
          <SecondaryActionButton type="button" disabled={busy} onClick={() => void change({ withdrawnOn: todayIso() }, t('handhaving.duoFines.withdrawnSaved'))}>
            {t('handhaving.duoFines.markWithdrawn')}
          </SecondaryActionButton>
        </ButtonGroup>
      ) : null}
    </div>
  );
}
