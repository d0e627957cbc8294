// On the DUO page: how the koppeling with DUO is doing per gemeente (GET /api/duo/status) — last
// answer from DUO, last notification, what waits or failed, a stop after DUO answered outside its
// spec (lifted here with duo:resume), and the recent failures with their reason. The case and the
// BSN of a failure only show when the server sends them (the role may see them).
import {
  Alert,
  DataList,
  DataListItem,
  DataListKey,
  DataListValue,
  Heading2,
  Heading3,
  Heading4,
  Paragraph,
  PrimaryActionButton,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { acknowledgeDuoStop, getDuoStatus, type DuoFailure, type DuoGemeenteStatus, type DuoStatus, type DuoStop } from '../../api/duo.ts';
import { useUser } from '../../auth/AuthContext.tsx';
import { AppLink } from '../../components/AppLink.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { Loading } from '../../components/RequireAuth.tsx';
import { ScrollTable } from '../../components/ScrollTable.tsx';
import { TextAreaField } from '../../components/form/TextAreaField.tsx';
import { ActionNotice, useRowAction } from '../../components/RowAction.tsx';
import { EventStatusBadge, MessageStatusBadge, formatDateTime } from '../case/duo/duoFormat.tsx';
import { ServerText } from '../../components/ServerText.tsx';

/** "12 minuten", "3 uur", "2 dagen": how long ago `from` was at `now`. */
function useAge(): (from: string, now: string) => string {
  const { t } = useTranslation();
  return (from, now) => {
    const minutes = Math.max(0, Math.floor((Date.parse(now) - Date.parse(from)) / 60_000));
    if (minutes < 60) return t('duo.status.age.minutes', { count: minutes });
    const hours = Math.floor(minutes / 60);
    if (hours < 48) return t('duo.status.age.hours', { count: hours });
    return t('duo.status.age.days', { count: Math.floor(hours / 24) });
  };
}

export function DuoStatusSection() {
  const { t } = useTranslation();
  const user = useUser();
  const canResume = user.permissions.includes('duo:resume');
  const [status, setStatus] = useState<DuoStatus | null>(null);
  const [error, setError] = useState<unknown>(null);
  const load = useCallback(async () => {
    try {
      setStatus(await getDuoStatus());
      setError(null);
    } catch (caught) {
      setError(caught);
    }
  }, []);
  useEffect(() => {
    void load();
  }, [load]);
  const { busyId, notice, noticeRef, actionError, act } = useRowAction(load);
  const lift = (stop: DuoStop, note: string) =>
    void act(stop.id, async () => {
      await acknowledgeDuoStop(stop.id, stop.version, note.trim() === '' ? undefined : note.trim());
      return t('duo.status.stop.lifted', { api: stop.apiLabel });
    });

  return (
    <section aria-labelledby="duo-status-heading" data-testid="duo-status">
      <Heading2 id="duo-status-heading">{t('duo.status.title')}</Heading2>
      <ActionNotice testId="duo-status-notice" notice={notice} noticeRef={noticeRef} actionError={actionError} />
      {error ? (
        <ErrorAlert error={error} headingLevel={3} />
      ) : !status ? (
        <Loading />
      ) : (
        <>
          {!status.configured ? <Paragraph data-testid="duo-status-not-configured">{t('duo.status.notConfigured')}</Paragraph> : null}
          {status.gemeenten.map((g) => (
            <GemeenteStatus key={g.gemeenteId} g={g} now={status.now} canResume={canResume} busyId={busyId} onLift={lift} />
          ))}
          <RecentFailures failures={status.recentFailures} gemeenten={status.gemeenten} />
        </>
      )}
    </section>
  );
}

function GemeenteStatus({ g, now, canResume, busyId, onLift }: { g: DuoGemeenteStatus; now: string; canResume: boolean; busyId: string | null; onLift: (stop: DuoStop, note: string) => void }) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'nl';
  const age = useAge();
  const when = (value: string | null) => (value ? formatDateTime(value, language) : t('duo.status.never'));
  const headingId = `duo-status-${g.gemeenteId}`;
  return (
    <section aria-labelledby={headingId} data-testid="duo-status-gemeente" data-gemeente-id={g.gemeenteId}>
      <Heading3 id={headingId}>{g.gemeenteName}</Heading3>
      {!g.oinSet ? <Paragraph>{t('duo.status.noOin')}</Paragraph> : null}
      {g.stops.map((stop) => (
        <StopAlert key={stop.id} stop={stop} canResume={canResume} busy={busyId === stop.id} onLift={onLift} />
      ))}
      <DataList>
        <DataListItem>
          <DataListKey>{t('duo.status.lastSuccess')}</DataListKey>
          <DataListValue>
            <span data-testid="duo-status-last-success">{when(g.lastSuccessAt)}</span>
          </DataListValue>
        </DataListItem>
        <DataListItem>
          <DataListKey>{t('duo.status.lastFailure')}</DataListKey>
          <DataListValue>{g.lastFailureAt ? `${when(g.lastFailureAt)}: ${g.lastFailureReason ?? ''}` : t('duo.status.noFailure')}</DataListValue>
        </DataListItem>
        <DataListItem>
          <DataListKey>{t('duo.status.lastNotification')}</DataListKey>
          <DataListValue>{when(g.lastNotificationAt)}</DataListValue>
        </DataListItem>
        <DataListItem>
          <DataListKey>{t('duo.status.outbox')}</DataListKey>
          <DataListValue>
            <span data-testid="duo-status-outbox">
              {t('duo.status.outboxCounts', { waiting: g.outbox.waiting, sending: g.outbox.sending, failed: g.outbox.failed, rejected: g.outbox.rejected })}
              {g.outbox.oldestWaitingSince ? ` ${t('duo.status.oldestWaiting', { since: when(g.outbox.oldestWaitingSince), age: age(g.outbox.oldestWaitingSince, now) })}` : ''}
            </span>
          </DataListValue>
        </DataListItem>
        <DataListItem>
          <DataListKey>{t('duo.status.inbox')}</DataListKey>
          <DataListValue>
            <span data-testid="duo-status-inbox">{t('duo.status.inboxCounts', { waiting: g.inbox.waiting, retrying: g.inbox.retrying, failed: g.inbox.failed, withoutCase: g.inbox.withoutCase })}</span>
          </DataListValue>
        </DataListItem>
      </DataList>
    </section>
  );
}

function StopAlert({ stop, canResume, busy, onLift }: { stop: DuoStop; canResume: boolean; busy: boolean; onLift: (stop: DuoStop, note: string) => void }) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'nl';
  const [note, setNote] = useState('');
  const noteId = `duo-stop-note-${stop.id}`;
  return (
    <Alert type="error" className="koers-alert" data-testid="duo-stop" data-api={stop.api}>
      <Heading4>{t('duo.status.stop.title', { api: stop.apiLabel })}</Heading4>
      <Paragraph><ServerText>{stop.reason}</ServerText></Paragraph>
      <Paragraph>
        {t('duo.status.stop.since', { since: formatDateTime(stop.since, language), count: stop.occurrences })}{' '}
        {t('duo.status.stop.held', { meldingen: t('duo.status.stop.heldMeldingen', { count: stop.heldMeldingen }), notificaties: t('duo.status.stop.heldNotificaties', { count: stop.heldNotificaties }) })}
      </Paragraph>
      {canResume ? (
        <form
          className="koers-form"
          aria-label={t('duo.status.stop.formLabel', { api: stop.apiLabel })}
          onSubmit={(e) => {
            e.preventDefault();
            onLift(stop, note);
          }}
        >
          <TextAreaField id={noteId} label={t('duo.status.stop.note')} description={t('duo.status.stop.noteHint')} value={note} onChange={setNote} rows={2} disabled={busy} />
          <PrimaryActionButton type="submit" disabled={busy}>
            {t('duo.status.stop.lift')}
          </PrimaryActionButton>
        </form>
      ) : (
        <Paragraph>{t('duo.status.stop.askResume')}</Paragraph>
      )}
    </Alert>
  );
}

function RecentFailures({ failures, gemeenten }: { failures: readonly DuoFailure[]; gemeenten: readonly DuoGemeenteStatus[] }) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'nl';
  const showGemeente = gemeenten.length > 1;
  const showCase = failures.some((f) => f.caseId !== null);
  const showBsn = failures.some((f) => f.bsn !== null);
  const gemeenteName = (id: string) => gemeenten.find((g) => g.gemeenteId === id)?.gemeenteName ?? '—';
  if (failures.length === 0) return <Paragraph data-testid="duo-status-no-failures">{t('duo.status.noRecentFailures')}</Paragraph>;
  return (
    <ScrollTable captionId="duo-failures-caption" testId="duo-status-failures" caption={t('duo.status.failuresCaption', { count: failures.length })}>
      <TableHeader>
        <TableRow>
          <TableHeaderCell scope="col">{t('duo.status.col.at')}</TableHeaderCell>
          <TableHeaderCell scope="col">{t('duo.status.col.kind')}</TableHeaderCell>
          <TableHeaderCell scope="col">{t('duo.status.col.what')}</TableHeaderCell>
          <TableHeaderCell scope="col">{t('duo.status.col.status')}</TableHeaderCell>
          <TableHeaderCell scope="col">{t('duo.status.col.attempts')}</TableHeaderCell>
          <TableHeaderCell scope="col">{t('duo.status.col.reason')}</TableHeaderCell>
          {showGemeente ? <TableHeaderCell scope="col">{t('duo.status.col.gemeente')}</TableHeaderCell> : null}
          {showBsn ? <TableHeaderCell scope="col">{t('duo.status.col.bsn')}</TableHeaderCell> : null}
          {showCase ? <TableHeaderCell scope="col">{t('duo.status.col.case')}</TableHeaderCell> : null}
        </TableRow>
      </TableHeader>
      <TableBody>
        {failures.map((f) => (
          <TableRow key={`${f.kind}-${f.id}`} data-failure-id={f.id} data-kind={f.kind}>
            <TableHeaderCell scope="row">{formatDateTime(f.at, language)}</TableHeaderCell>
            <TableCell>{t(`duo.status.kind.${f.kind}`)}</TableCell>
            <TableCell>{f.what}</TableCell>
            <TableCell>{f.kind === 'notificatie' ? <EventStatusBadge status={f.status} /> : <MessageStatusBadge status={f.status} />}</TableCell>
            <TableCell>{f.attempts}</TableCell>
            <TableCell><ServerText>{f.reason}</ServerText></TableCell>
            {showGemeente ? <TableCell>{gemeenteName(f.gemeenteId)}</TableCell> : null}
            {showBsn ? <TableCell>{f.bsn ?? '—'}</TableCell> : null}
            {showCase ? (
              <TableCell>
                {f.caseId ? (
                  <AppLink to={`/dossiers/${f.caseId}/duo`} aria-label={t('duo.status.openCaseLabel', { what: f.what, at: formatDateTime(f.at, language) })}>
                    {t('duo.status.openCase')}
                  </AppLink>
                ) : (
                  '—'
                )}
              </TableCell>
            ) : null}
          </TableRow>
        ))}
      </TableBody>
    </ScrollTable>
  );
}
