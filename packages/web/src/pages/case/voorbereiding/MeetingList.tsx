// Meetings as a table; each row can be opened for editing.
import { Button, Paragraph, Table, TableBody, TableCaption, TableCell, TableHeader, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Meeting, MeetingKind } from '../../../api/voorbereiding.ts';
import { formatDateTime } from '../../../format/dates.ts';
import { MeetingForm } from './MeetingForm.tsx';

export function MeetingList(props: {
  caseId: string;
  caption: string;
  meetings: Meeting[];
  kinds: readonly MeetingKind[];
  canWrite: boolean;
  canReadSensitive: boolean;
  onChanged: () => void;
}) {
  const { caseId, caption, meetings, kinds, canWrite, canReadSensitive, onChanged } = props;
  const { t } = useTranslation();
  const [editing, setEditing] = useState<string | null>(null);
  const [creating, setCreating] = useState(false);

  return (
    <>
      {meetings.length === 0 ? (
        <Paragraph>{t('voorbereiding.meeting.none')}</Paragraph>
      ) : (
        <div className="koers-table-scroll" tabIndex={0} role="region" aria-label={caption}>
          <Table className="koers-table">
            <TableCaption>{caption}</TableCaption>
            <TableHeader>
              <TableRow>
                <TableHeaderCell scope="col">{t('voorbereiding.meeting.kind')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('voorbereiding.meeting.plannedAt')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('voorbereiding.meeting.mode')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('voorbereiding.meeting.status')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('voorbereiding.meeting.participants')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('voorbereiding.meeting.details')}</TableHeaderCell>
                {canWrite ? <TableHeaderCell scope="col">{t('voorbereiding.actions')}</TableHeaderCell> : null}
              </TableRow>
            </TableHeader>
            <TableBody>
              {meetings.map((m) => (
                <MeetingRow key={m.id} meeting={m} canWrite={canWrite} editing={editing === m.id} onToggle={() => setEditing(editing === m.id ? null : m.id)} />
              ))}
            </TableBody>
          </Table>
        </div>
      )}
      {meetings.map((m) =>
        editing === m.id ? (
          <div key={m.id} id={`meeting-${m.id}-form`}>
            <MeetingForm
              caseId={caseId}
              kinds={kinds}
              meeting={m}
              canReadSensitive={canReadSensitive}
              onSaved={() => {
                setEditing(null);
                onChanged();
              }}
              onCancel={() => setEditing(null)}
            />
          </div>
        ) : null,
      )}
      {canWrite ? (
        creating ? (
          <MeetingForm
            caseId={caseId}
            kinds={kinds}
            canReadSensitive={canReadSensitive}
            onSaved={() => {
              setCreating(false);
              onChanged();
            }}
            onCancel={() => setCreating(false)}
          />
        ) : (
          <Button type="button" appearance="primary-action-button" onClick={() => setCreating(true)}>
            {kinds.length === 1 && kinds[0] === 'intakegesprek' ? t('voorbereiding.meeting.newIntake') : t('voorbereiding.meeting.new')}
          </Button>
        )
      ) : null}
    </>
  );
}

/** One meeting as a table row: kind, moment, mode, status, participants and details; editing when allowed. */
function MeetingRow({ meeting: m, canWrite, editing, onToggle }: { meeting: Meeting; canWrite: boolean; editing: boolean; onToggle: () => void }) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'nl';
  return (
    <TableRow>
      <TableCell>{t(`voorbereiding.kind.${m.kind}`)}</TableCell>
      <TableCell>{formatDateTime(m.plannedAt, language) || '—'}{m.location ? `, ${m.location}` : ''}</TableCell>
      <TableCell>{t(`voorbereiding.mode.${m.mode}`)}</TableCell>
      <TableCell>{t(`voorbereiding.status.${m.status}`)}</TableCell>
      <TableCell>
        {m.participants.map((p) => `${p.name} (${t(`voorbereiding.role.${p.role}`)})`).join(', ') || '—'}
        {m.interpreter ? ` — ${t('voorbereiding.meeting.withInterpreter', { language: m.interpreterLanguage ?? '' })}` : ''}
      </TableCell>
      <TableCell>
        {m.kind === 'intakegesprek' && m.interviewedAlone !== null
          ? `${m.interviewedAlone ? t('voorbereiding.meeting.aloneYes') : t('voorbereiding.meeting.aloneNo')}. `
          : ''}
        {m.notes ? `${m.notes} ` : ''}
        {m.outcome ? `${t('voorbereiding.meeting.outcome')}: ${m.outcome}` : ''}
        {m.sensitiveNotes ? ` ${t('voorbereiding.meeting.sensitiveNotes')}: ${m.sensitiveNotes}` : ''}
        {m.sensitiveHidden ? ` ${t('voorbereiding.meeting.sensitiveHidden')}` : ''}
      </TableCell>
      {canWrite ? (
        <TableCell>
          <Button
            type="button"
            appearance="secondary-action-button"
            aria-expanded={editing}
            aria-controls={`meeting-${m.id}-form`}
            onClick={onToggle}
          >
            {t('voorbereiding.meeting.edit', { kind: t(`voorbereiding.kind.${m.kind}`) })}
          </Button>
        </TableCell>
      ) : null}
    </TableRow>
  );
}
