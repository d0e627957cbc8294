import { Checkbox, SecondaryActionButton, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { recordAttendance, type PvtGroup, type PvtSession } from '../../api/pvtMap.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { ScrollTable } from '../../components/ScrollTable.tsx';
import { formatDate } from '../../format/dates.ts';

/** Participants × sessions: a checkbox per cell, saved per session (the session's version guards the column). */
export function AttendanceGrid({ group, canWrite, onSaved }: { group: PvtGroup; canWrite: boolean; onSaved: (next: PvtGroup, notice: string) => void }) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'nl';
  const [marks, setMarks] = useState<Record<string, Record<string, boolean>>>(() => Object.fromEntries(group.sessions.map((s) => [s.id, { ...s.attendance }])));
  const [error, setError] = useState<unknown>(null);

  async function save(session: PvtSession) {
    setError(null);
    try {
      const column = marks[session.id] ?? {};
      const next = await recordAttendance(group.id, session, group.participants.map((p) => ({ caseId: p.caseId, present: column[p.caseId] === true })));
      onSaved(next, t('pvtmap.attendance.saved'));
    } catch (caught) {
      setError(caught);
    }
  }

  return (
    <>
      {error ? <ErrorAlert error={error} /> : null}
      <ScrollTable captionId="pvt-attendance-caption" testId="pvt-attendance" caption={t('pvtmap.attendance.caption')}>
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">{t('pvtmap.attendance.participant')}</TableHeaderCell>
            {group.sessions.map((s) => (
              <TableHeaderCell scope="col" key={s.id}>
                {formatDate(s.heldOn, language)}
              </TableHeaderCell>
            ))}
          </TableRow>
        </TableHeader>
        <TableBody>
          {group.participants.map((p) => (
            <TableRow key={p.id}>
              <TableHeaderCell scope="row">{p.name}</TableHeaderCell>
              {group.sessions.map((s) => (
                <TableCell key={s.id}>
                  <Checkbox
                    id={`att-${s.id}-${p.caseId}`}
                    aria-label={t('pvtmap.attendance.checkbox', { name: p.name, date: formatDate(s.heldOn, language) })}
                    checked={marks[s.id]?.[p.caseId] === true}
                    disabled={!canWrite}
                    onChange={(e) => setMarks((m) => ({ ...m, [s.id]: { ...(m[s.id] ?? {}), [p.caseId]: e.target.checked } }))}
                  />
                </TableCell>
              ))}
            </TableRow>
          ))}
          {canWrite ? (
            <TableRow>
              <TableCell />
              {group.sessions.map((s) => (
                <TableCell key={s.id}>
                  <SecondaryActionButton type="button" onClick={() => void save(s)}>
                    {t('pvtmap.attendance.save', { date: formatDate(s.heldOn, language) })}
                  </SecondaryActionButton>
                </TableCell>
              ))}
            </TableRow>
          ) : null}
        </TableBody>
      </ScrollTable>
    </>
  );
}
