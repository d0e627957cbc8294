// /pvt-groepen: the PVT groups of a gemeente (R15) and a new group.
import { Heading2, Paragraph, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { createPvtGroup, listPvtGroups } from '../../api/pvtMap.ts';
import { useUser } from '../../auth/AuthContext.tsx';
import { AppLink } from '../../components/AppLink.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { ExportButtons } from '../../components/ExportButtons.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { Loading } from '../../components/RequireAuth.tsx';
import { ScrollTable } from '../../components/ScrollTable.tsx';
import { SelectField } from '../../components/form/SelectField.tsx';
import { formatDate } from '../../format/dates.ts';
import { hoursText } from '../case/pvt-map/duoStatusText.ts';
import { PvtGroupForm } from './PvtGroupForm.tsx';

export function PvtGroupsPage() {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'nl';
  const user = useUser();
  const navigate = useNavigate();
  const canWrite = user.permissions.includes('case:write');
  const [gemeenteId, setGemeenteId] = useState(user.gemeenten[0]?.id ?? '');
  const { data, error } = useQuery({ queryKey: ['pvt-groups', gemeenteId], queryFn: () => listPvtGroups(gemeenteId), enabled: gemeenteId !== '' });

  return (
    <>
      <PageHeading>{t('pvtmap.groups.title')}</PageHeading>
      <Paragraph>{t('pvtmap.groups.intro')}</Paragraph>
      {user.gemeenten.length > 1 ? (
        <SelectField id="pvt-gemeente" label={t('pvtmap.groups.gemeente')} value={gemeenteId} options={user.gemeenten.map((g) => ({ value: g.id, label: g.name }))} onChange={setGemeenteId} />
      ) : null}
      {error ? <ErrorAlert error={error} /> : !data ? (
        <Loading />
      ) : data.length === 0 ? (
        <Paragraph>{t('pvtmap.groups.none')}</Paragraph>
      ) : (
        <>
        <ExportButtons what={t('pvtmap.groups.caption')} testId="pvt-groups-export" urlFor={(format) => `/api/pvt-groups/export?gemeenteId=${encodeURIComponent(gemeenteId)}&format=${format}`} />
        <ScrollTable captionId="pvt-groups-caption" testId="pvt-groups" caption={t('pvtmap.groups.caption')}>
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col">{t('pvtmap.groups.name')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('pvtmap.groups.provider')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('pvtmap.groups.first')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('pvtmap.groups.sessions')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('pvtmap.groups.participants')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('pvtmap.groups.signedCount')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('pvtmap.groups.ceremonyOn')}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {data.map((g) => (
              <TableRow key={g.id}>
                <TableCell>
                  <AppLink to={`/pvt-groepen/${g.id}`} aria-label={t('pvtmap.groups.openLabel', { name: g.name })}>
                    {g.name}
                  </AppLink>
                </TableCell>
                <TableCell>{g.providerName}</TableCell>
                <TableCell>{g.firstSessionOn ? formatDate(g.firstSessionOn, language) : '—'}</TableCell>
                <TableCell>
                  {g.sessionCount} ({t('pvtmap.hours', { hours: hoursText(g.hoursPlanned, language) })})
                </TableCell>
                <TableCell>{g.participantCount}</TableCell>
                <TableCell>{g.signedCount}</TableCell>
                <TableCell>{g.ceremonyOn ? formatDate(g.ceremonyOn, language) : '—'}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </ScrollTable>
        </>
      )}
      {canWrite && gemeenteId !== '' ? (
        <section aria-labelledby="pvt-new-heading" className="koers-panel">
          <Heading2 id="pvt-new-heading">{t('pvtmap.groups.createTitle')}</Heading2>
          <PvtGroupForm
            group={null}
            idPrefix="pvt-new"
            submitLabel={t('pvtmap.groups.create')}
            onSubmit={async (input) => {
              const created = await createPvtGroup(gemeenteId, input);
              void navigate(`/pvt-groepen/${created.id}`);
            }}
          />
        </section>
      ) : null}
    </>
  );
}
