// The person's PVT in the case file: status, hours attended, signing and what DUO has, and per group the
// sessions with their presence.
import { Heading3, Paragraph, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import type { CasePvtMap } from '../../../api/pvtMap.ts';
import { AppLink } from '../../../components/AppLink.tsx';
import { ScrollTable } from '../../../components/ScrollTable.tsx';
import { formatDate } from '../../../format/dates.ts';
import { duoStatusText, hoursText } from './duoStatusText.ts';

export function PvtPart({ pvt }: { pvt: CasePvtMap['pvt'] }) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'nl';
  const hours = (h: number) => hoursText(h, language);
  return (
    <section aria-labelledby="pvt-heading" className="koers-panel" data-testid="pvt-part">
      <Heading3 id="pvt-heading">{t('pvtmap.pvt.title')}</Heading3>
      <Paragraph data-testid="pvt-status">{pvt.status.summary}</Paragraph>
      <Paragraph>{t('pvtmap.pvt.hoursAttended', { hours: hours(pvt.hoursAttended) })}</Paragraph>
      <Paragraph>
        {pvt.signedOn ? t('pvtmap.pvt.signed', { date: formatDate(pvt.signedOn, language) }) : t('pvtmap.pvt.notSigned')}{' '}
        {t('pvtmap.duo', { status: duoStatusText(pvt.result, t) })}
      </Paragraph>
      {pvt.groups.length === 0 ? <Paragraph>{t('pvtmap.pvt.noGroup')}</Paragraph> : null}
      {pvt.groups.map((g) => (
        <div key={g.groupId}>
          <Paragraph>
            {t('pvtmap.pvt.groupLine', { name: g.name, provider: g.providerName })}
            {g.interpreterLanguage ? ` ${t('pvtmap.pvt.interpreter', { language: g.interpreterLanguage })}` : ''}
            {g.ceremonyOn ? ` ${t('pvtmap.pvt.ceremony', { date: formatDate(g.ceremonyOn, language) })}` : ''}
            {g.certificateDocumentId ? ` ${t('pvtmap.pvt.certificate')}` : ''}
          </Paragraph>
          <ScrollTable
            captionId={`pvt-sessions-${g.groupId}`}
            testId="pvt-case-sessions"
            caption={t('pvtmap.pvt.sessionsCaption', { name: g.name })}
          >
            <TableHeader>
              <TableRow>
                <TableHeaderCell scope="col">{t('pvtmap.pvt.date')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('pvtmap.pvt.time')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('pvtmap.pvt.duration')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('pvtmap.pvt.topic')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('pvtmap.pvt.presence')}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {g.sessions.map((s) => (
                <TableRow key={s.id}>
                  <TableCell>{formatDate(s.heldOn, language)}</TableCell>
                  <TableCell>{s.startTime}</TableCell>
                  <TableCell>{t('pvtmap.hours', { hours: hours(s.hours) })}</TableCell>
                  <TableCell>{s.topicLabel}</TableCell>
                  <TableCell>
                    {s.present === null ? t('pvtmap.pvt.unknown') : s.present ? t('pvtmap.pvt.present') : t('pvtmap.pvt.absent')}
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </ScrollTable>
        </div>
      ))}
      <Paragraph>
        <AppLink to="/pvt-groepen">{t('pvtmap.pvt.toGroups')}</AppLink>
      </Paragraph>
    </section>
  );
}
