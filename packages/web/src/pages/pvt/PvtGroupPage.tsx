// /pvt-groepen/:groupId: one PVT group — its details, sessions (checked against the minimum),
// participants, the attendance grid and the signing at the ceremony.
import { Heading2, Heading3, Paragraph, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';
import { getPvtGroup, updatePvtGroup, type PvtGroup } from '../../api/pvtMap.ts';
import { useUser } from '../../auth/AuthContext.tsx';
import { AppLink } from '../../components/AppLink.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { Loading } from '../../components/RequireAuth.tsx';
import { ScrollTable } from '../../components/ScrollTable.tsx';
import { formatDate } from '../../format/dates.ts';
import { hoursText } from '../case/pvt-map/duoStatusText.ts';
import { AttendanceGrid } from './AttendanceGrid.tsx';
import { ParticipantSearch } from './ParticipantSearch.tsx';
import { PvtGroupForm } from './PvtGroupForm.tsx';
import { SessionForm } from './SessionForm.tsx';
import { SigningTable } from './SigningTable.tsx';

/** The plan check and the sessions held so far. */
function SessionsOverview({ group, language }: { group: PvtGroup; language: string }) {
  const { t } = useTranslation();
  return (
    <>
    {group.planCheck.warnings.length === 0 ? (
      <Paragraph data-testid="pvt-plan-check">{t('pvtmap.groups.planOk')}</Paragraph>
    ) : (
      <div data-testid="pvt-plan-check" className="koers-panel">
        <Paragraph>{t('pvtmap.groups.planWarnings')}:</Paragraph>
        <ul>
          {group.planCheck.warnings.map((w) => (
            <li key={w}>{w}</li>
          ))}
        </ul>
      </div>
    )}
    {group.sessions.length === 0 ? (
      <Paragraph>{t('pvtmap.session.none')}</Paragraph>
    ) : (
      <ScrollTable captionId="pvt-group-sessions-caption" testId="pvt-sessions" caption={t('pvtmap.groups.sessions')}>
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">{t('pvtmap.pvt.date')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('pvtmap.pvt.time')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('pvtmap.pvt.duration')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('pvtmap.pvt.topic')}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {group.sessions.map((s) => (
            <TableRow key={s.id}>
              <TableCell>{formatDate(s.heldOn, language)}</TableCell>
              <TableCell>{s.startTime}</TableCell>
              <TableCell>{t('pvtmap.hours', { hours: hoursText(s.hours, language) })}</TableCell>
              <TableCell>{t(`pvtmap.topic.${s.topic}`)}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </ScrollTable>
    )}
    </>
  );
}

export function PvtGroupPage() {
  const { groupId = '' } = useParams();
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'nl';
  const user = useUser();
  const canWrite = user.permissions.includes('case:write');
  const client = useQueryClient();
  const key = ['pvt-group', groupId];
  const { data: group, error } = useQuery({ queryKey: key, queryFn: () => getPvtGroup(groupId) });
  const [notice, setNotice] = useState<string | null>(null);
  const saved = (next: PvtGroup, message: string | null = null) => {
    setNotice(message);
    client.setQueryData(key, next);
    void client.invalidateQueries({ queryKey: ['pvt-groups'] });
    // The participants' case files (attendance, signing, documents, DUO) are stale now.
    for (const p of next.participants) void client.invalidateQueries({ queryKey: ['case', p.caseId] });
  };

  if (error) {
    return (
      <>
        <PageHeading>{t('pvtmap.groups.title')}</PageHeading>
        <ErrorAlert error={error} />
      </>
    );
  }
  if (!group) return <Loading />;
  // A new version remounts the forms with what the server now holds.
  const generation = `${group.version}-${group.sessions.map((s) => s.version).join('.')}-${group.participants.map((p) => p.version).join('.')}`;

  return (
    <>
      <PageHeading>{group.name}</PageHeading>
      <Paragraph>
        <AppLink to="/pvt-groepen">{t('pvtmap.groups.back')}</AppLink>
      </Paragraph>
      <Paragraph>
        {t('pvtmap.pvt.groupLine', { name: group.name, provider: group.providerName })}
        {group.interpreterLanguage ? ` ${t('pvtmap.pvt.interpreter', { language: group.interpreterLanguage })}` : ''}
        {group.ceremonyOn ? ` ${t('pvtmap.pvt.ceremony', { date: formatDate(group.ceremonyOn, language) })}` : ''}
      </Paragraph>

      <section aria-labelledby="pvt-sessions-heading" className="koers-panel">
        <Heading2 id="pvt-sessions-heading">{t('pvtmap.groups.sessions')}</Heading2>
        <SessionsOverview group={group} language={language} />
        {canWrite ? (
          <>
            <Heading3 id="pvt-session-heading">{t('pvtmap.session.title')}</Heading3>
            <SessionForm group={group} onSaved={(next) => saved(next)} />
          </>
        ) : null}
      </section>

      <section aria-labelledby="pvt-participants-heading" className="koers-panel">
        <Heading2 id="pvt-participants-heading">{t('pvtmap.groups.participants')}</Heading2>
        <Paragraph role="status">{notice ?? ''}</Paragraph>
        {group.participants.length === 0 ? <Paragraph>{t('pvtmap.participant.none')}</Paragraph> : null}
        {group.participants.length > 0 && group.sessions.length > 0 ? <AttendanceGrid key={`att-${generation}`} group={group} canWrite={canWrite} onSaved={saved} /> : null}
        {group.participants.length > 0 ? <SigningTable key={`sign-${generation}`} group={group} canWrite={canWrite} onSaved={saved} /> : null}
        {canWrite ? (
          <>
            <Heading3>{t('pvtmap.participant.title')}</Heading3>
            <ParticipantSearch group={group} onSaved={(next) => saved(next)} />
          </>
        ) : null}
      </section>

      {canWrite ? (
        <section aria-labelledby="pvt-edit-heading" className="koers-panel">
          <Heading2 id="pvt-edit-heading">{t('pvtmap.groups.save')}</Heading2>
          <PvtGroupForm key={`group-${group.version}`} group={group} idPrefix="pvt-edit" submitLabel={t('pvtmap.groups.save')} onSubmit={async (input) => saved(await updatePvtGroup(group.id, group.version, input), t('pvtmap.groups.saved'))} />
        </section>
      ) : null}
    </>
  );
}
