// The voortgang part of the case file (R19, R21; ADR 0120–0122): the voortgangsgesprekken planned
// from the PIP and held, the recording form, tolken and doorverwijzingen.
import { ButtonGroup, Heading2, Heading3, Paragraph, PrimaryActionButton, SecondaryActionButton, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { AppLink } from '../../../components/AppLink.tsx';
import { isApiError } from '../../../api/client.ts';
import { useCaseChanged, useVoortgangQuery } from '../../../api/caseQueries.ts';
import { addProgressMeeting, moveProgressMeeting, planVoortgang, type ProgressMeeting, type Voortgang } from '../../../api/voortgang.ts';
import { useUser } from '../../../auth/AuthContext.tsx';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { Loading } from '../../../components/RequireAuth.tsx';
import { ActionNotice } from '../../../components/RowAction.tsx';
import { ScrollTable } from '../../../components/ScrollTable.tsx';
import { TextField } from '../../../components/TextField.tsx';
import { formatDate } from '../../../format/dates.ts';
import { casePartUrl, type CasePartProps } from '../caseParts.ts';
import { InterpreterBookings } from './voortgang/InterpreterBookings.tsx';
import { RecordMeetingForm } from './voortgang/RecordMeetingForm.tsx';
import { Referrals } from './voortgang/Referrals.tsx';

type Editing = { kind: 'record'; meeting: ProgressMeeting } | { kind: 'move'; meeting: ProgressMeeting } | { kind: 'extra' } | null;

export function VoortgangSection({ caseId }: CasePartProps) {
  const { t } = useTranslation();
  const user = useUser();
  const canWrite = user.permissions.includes('case:write');
  const { data: voortgang, error, refetch } = useVoortgangQuery(caseId);
  const caseChanged = useCaseChanged(caseId);
  const [notice, setNotice] = useState<string | null>(null);
  const [actionError, setActionError] = useState<unknown>(null);
  const [editing, setEditing] = useState<Editing>(null);
  const noticeRef = useRef<HTMLParagraphElement>(null);

  const changed = (message: string) => {
    setEditing(null);
    setActionError(null);
    setNotice(message);
    void caseChanged('voortgang').then(() => requestAnimationFrame(() => noticeRef.current?.focus()));
  };

  async function plan() {
    setActionError(null);
    try {
      const result = await planVoortgang(caseId);
      changed(t('voortgang.planned', { count: result.planned }));
    } catch (caught) {
      setActionError(caught);
    }
  }

  return (
    <section aria-labelledby="voortgang-heading" data-testid="voortgang-section">
      <Heading2 id="voortgang-heading" tabIndex={-1}>
        {t('voortgang.title')}
      </Heading2>
      <Paragraph>{t('voortgang.intro')}</Paragraph>
      <ActionNotice testId="voortgang-notice" notice={notice} noticeRef={noticeRef} actionError={actionError} />
      {error ? (
        <>
          <ErrorAlert error={error} headingLevel={3} />
          <ButtonGroup>
            <SecondaryActionButton type="button" onClick={() => void refetch()}>
              {t('common.retry')}
            </SecondaryActionButton>
          </ButtonGroup>
        </>
      ) : !voortgang ? (
        <Loading />
      ) : (
        <>
          <PipLine voortgang={voortgang} />
          {canWrite && voortgang.pip && voortgang.pip.progressMeetings !== null && voortgang.meetings.every((m) => m.extra || m.status === 'vervallen') ? (
            <ButtonGroup>
              <PrimaryActionButton type="button" onClick={() => void plan()}>
                {t('voortgang.plan')}
              </PrimaryActionButton>
            </ButtonGroup>
          ) : null}
          <Meetings caseId={caseId} voortgang={voortgang} canWrite={canWrite && editing === null} onEdit={(e) => { setNotice(null); setEditing(e); }} />
          {editing?.kind === 'record' ? (
            <RecordMeetingForm
              caseId={caseId}
              meeting={editing.meeting}
              readsSensitive={voortgang.readsSensitive}
              organisations={voortgang.organisations}
              onSaved={(m) => changed(t('voortgang.record.saved', { date: m.heldOn ?? '' }))}
              onCancel={() => setEditing(null)}
            />
          ) : null}
          {editing?.kind === 'move' || editing?.kind === 'extra' ? (
            <DateForm caseId={caseId} meeting={editing.kind === 'move' ? editing.meeting : null} onSaved={changed} onCancel={() => setEditing(null)} />
          ) : null}
          {canWrite && editing === null ? (
            <ButtonGroup>
              <SecondaryActionButton type="button" onClick={() => setEditing({ kind: 'extra' })}>
                {t('voortgang.addExtra')}
              </SecondaryActionButton>
            </ButtonGroup>
          ) : null}
          <InterpreterBookings caseId={caseId} voortgang={voortgang} canWrite={canWrite} onChanged={changed} />
          <Referrals caseId={caseId} referrals={voortgang.referrals} canWrite={canWrite} onChanged={changed} />
          <Paragraph>
            <AppLink to="/sociale-kaart">{t('voortgang.toSocialeKaart')}</AppLink>
          </Paragraph>
        </>
      )}
    </section>
  );
}

function PipLine({ voortgang }: { voortgang: Voortgang }) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'nl';
  if (!voortgang.pip) return <Paragraph data-testid="voortgang-no-pip">{t('voortgang.noPip')}</Paragraph>;
  return (
    <Paragraph data-testid="voortgang-pip">
      {t('voortgang.pipLine', { version: voortgang.pip.version, count: voortgang.pip.progressMeetings ?? 0 })}
      {voortgang.term ? ` ${t('voortgang.termLine', { start: formatDate(voortgang.term.start, language), end: formatDate(voortgang.term.endExclusive, language) })}` : ''}
    </Paragraph>
  );
}

function Meetings({ caseId, voortgang, canWrite, onEdit }: { caseId: string; voortgang: Voortgang; canWrite: boolean; onEdit: (e: Editing) => void }) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'nl';
  const shown = voortgang.meetings.filter((m) => m.status !== 'vervallen');
  if (shown.length === 0) return <Paragraph>{t('voortgang.noMeetings')}</Paragraph>;
  return (
    <ScrollTable captionId="voortgang-meetings-caption" testId="voortgang-meetings" caption={t('voortgang.meetingsCaption')}>
      <TableHeader>
        <TableRow>
          <TableHeaderCell scope="col">{t('voortgang.plannedOn')}</TableHeaderCell>
          <TableHeaderCell scope="col">{t('voortgang.status')}</TableHeaderCell>
          <TableHeaderCell scope="col">{t('voortgang.heldOn')}</TableHeaderCell>
          <TableHeaderCell scope="col">{t('voortgang.outcome')}</TableHeaderCell>
          <TableHeaderCell scope="col">{t('voortgang.actions')}</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {shown.map((m) => {
          const date = formatDate(m.plannedOn, language);
          return (
            <TableRow key={m.id}>
              <TableHeaderCell scope="row">
                {date}
                {m.extra ? ` (${t('voortgang.extra')})` : ''}
              </TableHeaderCell>
              <TableCell>{t(`voortgang.statuses.${m.status}`)}</TableCell>
              <TableCell>{m.heldOn ? formatDate(m.heldOn, language) : '—'}</TableCell>
              <TableCell>
                {m.outcome ? t(`voortgang.outcomes.${m.outcome}`) : '—'}
                {m.outcome === 'handhaving-starten' && m.heldOn && canWrite ? (
                  <div>
                    <AppLink to={`${casePartUrl(caseId, 'handhaving')}?gesprek=${encodeURIComponent(m.id)}&datum=${m.heldOn}`}>{t('voortgang.toHandhaving')}</AppLink>
                  </div>
                ) : null}
                {m.documentId ? <div>{t('voortgang.reportInDocuments')}</div> : null}
              </TableCell>
              <TableCell>
                {canWrite && m.status === 'gepland' ? (
                  <ButtonGroup>
                    <SecondaryActionButton type="button" aria-label={t('voortgang.recordLabel', { date })} onClick={() => onEdit({ kind: 'record', meeting: m })}>
                      {t('voortgang.recordButton')}
                    </SecondaryActionButton>
                    <SecondaryActionButton type="button" aria-label={t('voortgang.moveLabel', { date })} onClick={() => onEdit({ kind: 'move', meeting: m })}>
                      {t('voortgang.moveButton')}
                    </SecondaryActionButton>
                  </ButtonGroup>
                ) : null}
              </TableCell>
            </TableRow>
          );
        })}
      </TableBody>
    </ScrollTable>
  );
}

/** Moves a planned gesprek, or plans an extra one. */
function DateForm({ caseId, meeting, onSaved, onCancel }: { caseId: string; meeting: ProgressMeeting | null; onSaved: (message: string) => void; onCancel: () => void }) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'nl';
  const [plannedOn, setPlannedOn] = useState(meeting?.plannedOn ?? '');
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const saved = meeting ? await moveProgressMeeting(caseId, meeting.id, plannedOn, meeting.version) : await addProgressMeeting(caseId, plannedOn);
      onSaved(t(meeting ? 'voortgang.moved' : 'voortgang.extraPlanned', { date: formatDate(saved.plannedOn, language) }));
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  }
  const fieldError = isApiError(error) ? error.messageFor('plannedOn') : undefined;
  return (
    <form noValidate className="koers-form koers-panel" aria-labelledby="voortgang-date-heading" onSubmit={(e) => void submit(e)} data-testid="voortgang-date-form">
      <Heading3 id="voortgang-date-heading">{meeting ? t('voortgang.moveHeading') : t('voortgang.addExtra')}</Heading3>
      {error && !fieldError ? <ErrorAlert error={error} headingLevel={4} /> : null}
      <TextField id="voortgang-planned-on" type="date" label={t('voortgang.plannedOn')} value={plannedOn} required error={fieldError} onChange={(e) => setPlannedOn(e.target.value)} />
      <ButtonGroup>
        <PrimaryActionButton type="submit" busy={busy} disabled={busy}>
          {t('voortgang.save')}
        </PrimaryActionButton>
        <SecondaryActionButton type="button" disabled={busy} onClick={onCancel}>
          {t('voortgang.cancel')}
        </SecondaryActionButton>
      </ButtonGroup>
    </form>
  );
}
