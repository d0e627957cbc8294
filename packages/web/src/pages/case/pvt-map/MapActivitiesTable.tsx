// The MAP practice activities recorded for the person, each removable by whoever may write the case.
import { SecondaryActionButton, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import type { CasePvtMap } from '../../../api/pvtMap.ts';
import { ScrollTable } from '../../../components/ScrollTable.tsx';
import { formatDate } from '../../../format/dates.ts';
import { hoursText } from './duoStatusText.ts';

export function MapActivitiesTable({
  activities,
  canWrite,
  onRemove,
}: {
  activities: CasePvtMap['map']['activities'];
  canWrite: boolean;
  onRemove: (activityId: string) => Promise<void>;
}) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'nl';
  const hours = (h: number) => hoursText(h, language);
  return (
    <ScrollTable captionId="map-activities-caption" testId="map-activities" caption={t('pvtmap.map.activitiesCaption')}>
      <TableHeader>
        <TableRow>
          <TableHeaderCell scope="col">{t('pvtmap.pvt.date')}</TableHeaderCell>
          <TableHeaderCell scope="col">{t('pvtmap.map.theme')}</TableHeaderCell>
          <TableHeaderCell scope="col">{t('pvtmap.map.hoursCol')}</TableHeaderCell>
          <TableHeaderCell scope="col">{t('pvtmap.map.description')}</TableHeaderCell>
          {canWrite ? <TableHeaderCell scope="col">{t('pvtmap.map.remove')}</TableHeaderCell> : null}
        </TableRow>
      </TableHeader>
      <TableBody>
        {activities.map((a) => (
          <TableRow key={a.id}>
            <TableCell>{formatDate(a.heldOn, language)}</TableCell>
            <TableCell>{a.themeLabel}</TableCell>
            <TableCell>{hours(a.hours)}</TableCell>
            <TableCell>{a.description}</TableCell>
            {canWrite ? (
              <TableCell>
                <SecondaryActionButton
                  type="button"
                  aria-label={t('pvtmap.map.removeLabel', { theme: a.themeLabel, date: formatDate(a.heldOn, language) })}
                  onClick={() => void onRemove(a.id)}
                >
                  {t('pvtmap.map.remove')}
                </SecondaryActionButton>
              </TableCell>
            ) : null}
          </TableRow>
        ))}
      </TableBody>
    </ScrollTable>
  );
}
