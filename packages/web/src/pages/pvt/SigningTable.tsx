import { FormFieldErrorMessage, Paragraph, SecondaryActionButton, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, Textbox } from '@utrecht/component-library-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../api/client.ts';
import { recordSigning, type PvtGroup, type PvtParticipant } from '../../api/pvtMap.ts';
import { AppLink } from '../../components/AppLink.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { ScrollTable } from '../../components/ScrollTable.tsx';
import { formatDate, todayIso } from '../../format/dates.ts';
import { hoursText } from '../case/pvt-map/duoStatusText.ts';

/** Per participant: hours attended, what is missing (pvtStatus), and the signing at the ceremony. */
export function SigningTable({ group, canWrite, onSaved }: { group: PvtGroup; canWrite: boolean; onSaved: (next: PvtGroup, notice: string) => void }) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'nl';
  const [dates, setDates] = useState<Record<string, string>>(() => Object.fromEntries(group.participants.map((p) => [p.caseId, p.signedOn ?? group.ceremonyOn ?? todayIso()])));
  const [error, setError] = useState<{ caseId: string; error: unknown } | null>(null);

  async function sign(p: PvtParticipant) {
    setError(null);
    try {
      const date = dates[p.caseId] ?? '';
      onSaved(await recordSigning(group.id, p, date === '' ? null : date), t('pvtmap.signing.saved'));
    } catch (caught) {
      setError({ caseId: p.caseId, error: caught });
    }
  }

  return (
    <>
      <ScrollTable captionId="pvt-signing-caption" testId="pvt-signing" caption={t('pvtmap.signing.caption')}>
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">{t('pvtmap.attendance.participant')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('pvtmap.signing.status')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('pvtmap.signing.date')}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {group.participants.map((p) => {
            const rowError = error?.caseId === p.caseId ? error.error : null;
            const message = isApiError(rowError) ? (rowError.messageFor('signedOn') ?? rowError.messageFor('completedOn') ?? rowError.message) : null;
            return (
              <TableRow key={p.id}>
                <TableHeaderCell scope="row">
                  <AppLink to={`/dossiers/${p.caseId}/pvtmap`}>{p.name}</AppLink>
                  {p.caseNumber ? ` (${p.caseNumber})` : ''}
                </TableHeaderCell>
                <TableCell>
                  {t('pvtmap.signing.hoursAttended', { hours: hoursText(p.hoursAttended, language) })}. {p.status.summary}
                </TableCell>
                <TableCell>
                  {p.signedOn ? <Paragraph>{formatDate(p.signedOn, language)}</Paragraph> : null}
                  {canWrite ? (
                    <>
                      <Textbox
                        id={`sign-${p.caseId}`}
                        type="date"
                        aria-label={t('pvtmap.signing.dateLabel', { name: p.name })}
                        aria-invalid={message ? true : undefined}
                        aria-describedby={message ? `sign-${p.caseId}-error` : undefined}
                        max={todayIso()}
                        value={dates[p.caseId] ?? ''}
                        onChange={(e) => setDates((d) => ({ ...d, [p.caseId]: e.target.value }))}
                      />{' '}
                      <SecondaryActionButton type="button" aria-label={t('pvtmap.signing.submitLabel', { name: p.name })} onClick={() => void sign(p)}>
                        {t('pvtmap.signing.submit')}
                      </SecondaryActionButton>
                      {message ? (
                        <FormFieldErrorMessage id={`sign-${p.caseId}-error`}>{message}</FormFieldErrorMessage>
                      ) : rowError ? (
                        <ErrorAlert error={rowError} />
                      ) : null}
                    </>
                  ) : null}
                </TableCell>
              </TableRow>
            );
          })}
        </TableBody>
      </ScrollTable>
    </>
  );
}
