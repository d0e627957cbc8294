// The invitations sent, with outcome, warning and the letters as downloads.
import { Link, Paragraph, Table, TableBody, TableCaption, TableCell, TableHeader, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import type { Invitation } from '../../../api/intake.ts';
import { documentUrl } from '../../../api/voorbereiding.ts';
import { formatDate, formatDateTime } from '../../../format/dates.ts';

export function Invitations({ caseId, invitations }: { caseId: string; invitations: Invitation[] }) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'nl';
  if (invitations.length === 0) return <Paragraph>{t('intake.invitations.none')}</Paragraph>;
  return (
    <div className="koers-table-scroll" tabIndex={0} role="region" aria-label={t('intake.invitations.caption')}>
      <Table className="koers-table" data-testid="intake-invitations">
        <TableCaption>{t('intake.invitations.caption')}</TableCaption>
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">{t('intake.invitations.sequence')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('intake.invitations.sentOn')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('intake.invitations.respondBy')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('intake.invitations.appointment')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('intake.invitations.outcome')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('intake.invitations.letters')}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {invitations.map((i) => (
            <TableRow key={i.id}>
              <TableHeaderCell scope="row">{t('intake.invitations.number', { n: i.sequence })}</TableHeaderCell>
              <TableCell>{formatDate(i.sentOn, language)}</TableCell>
              <TableCell>{formatDate(i.respondBy, language)}</TableCell>
              <TableCell>
                {i.appointmentAt ? formatDateTime(i.appointmentAt, language) : '—'}
                {i.location ? `, ${i.location}` : ''}
              </TableCell>
              <TableCell>
                {t(`intake.outcomeValue.${i.outcome}`)}
                {i.outcomeOn ? ` (${formatDate(i.outcomeOn, language)})` : ''}
                {i.warningSentOn ? `; ${t('intake.invitations.warned', { date: formatDate(i.warningSentOn, language) })}` : ''}
              </TableCell>
              <TableCell>
                {i.documentId ? (
                  <Link href={documentUrl(caseId, i.documentId)} download>
                    {t('intake.invitations.letter', { n: i.sequence })}
                  </Link>
                ) : null}
                {i.warningDocumentId ? (
                  <>
                    {' '}
                    <Link href={documentUrl(caseId, i.warningDocumentId)} download>
                      {t('intake.invitations.warning', { n: i.sequence })}
                    </Link>
                  </>
                ) : null}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}
