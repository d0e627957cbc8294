import {
  ButtonGroup,
  Heading2,
  Heading3,
  Paragraph,
  SecondaryActionButton,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { caseKeys, useCaseChanged, usePvtMapQuery } from '../../../api/caseQueries.ts';
import { deleteMapActivity, type CasePvtMap } from '../../../api/pvtMap.ts';
import { useUser } from '../../../auth/AuthContext.tsx';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { Loading } from '../../../components/RequireAuth.tsx';
import { ScrollTable } from '../../../components/ScrollTable.tsx';
import { FinalInterviewForm } from '../pvt-map/FinalInterviewForm.tsx';
import { MapActivitiesTable } from '../pvt-map/MapActivitiesTable.tsx';
import { PvtPart } from '../pvt-map/PvtPart.tsx';
import { MapActivityForm } from '../pvt-map/MapActivityForm.tsx';
import { duoStatusText, hoursText } from '../pvt-map/duoStatusText.ts';
import type { CasePartProps } from '../caseParts.ts';

/**
 * The person's PVT (group, attendance, signing, certificate) and MAP (themes of the PIP, practice
 * activities, hours against the norm, eindgesprek). The PVT and MAP dates DUO gets are derived here.
 */
export function PvtMapSection({ caseId }: Pick<CasePartProps, 'caseId'>) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'nl';
  const user = useUser();
  const canWrite = user.permissions.includes('case:write');
  const { data, error, refetch } = usePvtMapQuery(caseId);
  const client = useQueryClient();
  const caseChanged = useCaseChanged(caseId);
  const [removeError, setRemoveError] = useState<unknown>(null);
  const saved = (next: CasePvtMap) => {
    client.setQueryData(caseKeys.part(caseId, 'pvt-map'), next);
    void caseChanged('pvt-map');
  };
  const hours = (h: number) => hoursText(h, language);

  async function remove(activityId: string) {
    setRemoveError(null);
    try {
      saved(await deleteMapActivity(caseId, activityId));
    } catch (caught) {
      setRemoveError(caught);
    }
  }

  return (
    <section aria-labelledby="pvtmap-heading" data-testid="pvtmap-section">
      <Heading2 id="pvtmap-heading" tabIndex={-1}>
        {t('pvtmap.title')}
      </Heading2>
      {error ? (
        <>
          <ErrorAlert error={error} title={t('pvtmap.loadError')} />
          <ButtonGroup>
            <SecondaryActionButton type="button" onClick={() => void refetch()}>
              {t('common.retry')}
            </SecondaryActionButton>
          </ButtonGroup>
        </>
      ) : !data ? (
        <Loading />
      ) : (
        <>
          <PvtPart pvt={data.pvt} />

          <section aria-labelledby="map-heading" className="koers-panel" data-testid="map-part">
            <Heading3 id="map-heading">{t('pvtmap.map.title')}</Heading3>
            {!data.map.required ? (
              <Paragraph>{data.map.requiredSummary}</Paragraph>
            ) : (
              <>
                <Paragraph data-testid="map-status">{data.map.status.summary}</Paragraph>
                <Paragraph data-testid="map-hours">
                  {t('pvtmap.map.hoursVsNorm', { done: hours(data.map.hoursDone), norm: hours(data.map.hourNorm) })}
                </Paragraph>
                <ScrollTable captionId="map-themes-caption" testId="map-themes" caption={t('pvtmap.map.themesCaption')}>
                  <TableHeader>
                    <TableRow>
                      <TableHeaderCell scope="col">{t('pvtmap.map.theme')}</TableHeaderCell>
                      <TableHeaderCell scope="col">{t('pvtmap.map.inPip')}</TableHeaderCell>
                      <TableHeaderCell scope="col">{t('pvtmap.map.hoursCol')}</TableHeaderCell>
                    </TableRow>
                  </TableHeader>
                  <TableBody>
                    {data.map.themes.map((x) => (
                      <TableRow key={x.theme}>
                        <TableCell>{x.label}</TableCell>
                        <TableCell>
                          {x.omittedReason ? t('pvtmap.map.omitted', { reason: x.omittedReason }) : t('pvtmap.map.agreed')}
                        </TableCell>
                        <TableCell>{hours(x.hours)}</TableCell>
                      </TableRow>
                    ))}
                  </TableBody>
                </ScrollTable>
                {removeError ? <ErrorAlert error={removeError} /> : null}
                {data.map.activities.length === 0 ? (
                  <Paragraph>{t('pvtmap.map.noActivities')}</Paragraph>
                ) : (
                  <MapActivitiesTable activities={data.map.activities} canWrite={canWrite} onRemove={remove} />
                )}
                {canWrite ? <MapActivityForm caseId={caseId} data={data} onSaved={saved} /> : null}
                <Paragraph>{t('pvtmap.duo', { status: duoStatusText(data.map.result, t) })}</Paragraph>
                <FinalInterviewForm
                  key={`${data.map.result?.version ?? 0}`}
                  caseId={caseId}
                  data={data}
                  canWrite={canWrite}
                  onSaved={saved}
                />
              </>
            )}
          </section>
        </>
      )}
    </section>
  );
}
