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
import { useTranslation } from 'react-i18next';
import { caseKeys, useCaseChanged } from '../../../api/caseQueries.ts';
import { useParticipatieQuery, type CaseParticipatie } from '../../../api/participatie.ts';
import { useUser } from '../../../auth/AuthContext.tsx';
import { AppLink } from '../../../components/AppLink.tsx';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { Loading } from '../../../components/RequireAuth.tsx';
import { ScrollTable } from '../../../components/ScrollTable.tsx';
import { formatDate } from '../../../format/dates.ts';
import type { CasePartProps } from '../caseParts.ts';
import { HoursForm } from './participatie/HoursForm.tsx';
import { PlacementForm } from './participatie/PlacementForm.tsx';
import { ZrouteLedger } from './participatie/ZrouteLedger.tsx';

/**
 * Participation and the Z-route (R14): placements on the gemeente's participation places with the
 * hours done, and the Z-route ledger (800 course hours + 800 activity hours, MAP, PVT and intake
 * hours deducted) with the rules core's explanation. The hours go to DUO as participatieactiviteiten.
 */
export function ParticipatieSection({ caseId }: Pick<CasePartProps, 'caseId'>) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'nl';
  const user = useUser();
  const canWrite = user.permissions.includes('case:write');
  const { data, error, refetch } = useParticipatieQuery(caseId);
  const client = useQueryClient();
  const caseChanged = useCaseChanged(caseId);
  const saved = (next: CaseParticipatie) => {
    client.setQueryData(caseKeys.part(caseId, 'participatie'), next);
    void caseChanged('participatie');
  };

  return (
    <section aria-labelledby="participatie-heading" data-testid="participatie-section">
      <Heading2 id="participatie-heading" tabIndex={-1}>
        {t('participatie.title')}
      </Heading2>
      {error ? (
        <>
          <ErrorAlert error={error} title={t('participatie.loadError')} />
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
          <ZrouteLedger data={data} />

          <section aria-labelledby="placements-heading" className="koers-panel" data-testid="participatie-placements">
            <Heading3 id="placements-heading">{t('participatie.placements.title')}</Heading3>
            {data.placements.length === 0 ? <Paragraph>{t('participatie.placements.none')}</Paragraph> : null}
            {data.placements.map((p) => (
              <div key={p.id} data-testid="participatie-placement">
                <Paragraph>
                  <strong>{p.placeName}</strong> ({p.organisation}, {p.kindLabel}){' '}
                  {p.endsOn
                    ? t('participatie.placements.period', { from: formatDate(p.startsOn, language), to: formatDate(p.endsOn, language) })
                    : t('participatie.placements.since', { from: formatDate(p.startsOn, language) })}
                  {' · '}
                  {t('participatie.placements.perWeek', { hours: p.hoursPerWeek })}
                  {' · '}
                  {t('participatie.placements.done', { hours: p.hoursDone })}
                </Paragraph>
                {p.periods.length > 0 ? (
                  <ScrollTable
                    captionId={`periods-${p.id}`}
                    testId="participatie-periods"
                    caption={t('participatie.hours.caption', { name: p.placeName })}
                  >
                    <TableHeader>
                      <TableRow>
                        <TableHeaderCell scope="col">{t('participatie.hours.from')}</TableHeaderCell>
                        <TableHeaderCell scope="col">{t('participatie.hours.to')}</TableHeaderCell>
                        <TableHeaderCell scope="col">{t('participatie.hours.hours')}</TableHeaderCell>
                      </TableRow>
                    </TableHeader>
                    <TableBody>
                      {p.periods.map((h) => (
                        <TableRow key={h.id}>
                          <TableCell>{formatDate(h.periodStart, language)}</TableCell>
                          <TableCell>{formatDate(h.periodEnd, language)}</TableCell>
                          <TableCell>{h.hours}</TableCell>
                        </TableRow>
                      ))}
                    </TableBody>
                  </ScrollTable>
                ) : null}
                {canWrite ? <HoursForm key={p.version} caseId={caseId} placement={p} onSaved={saved} /> : null}
              </div>
            ))}
            {canWrite ? <PlacementForm caseId={caseId} gemeenteId={data.gemeenteId} onSaved={saved} /> : null}
            <Paragraph>
              <AppLink to="/participatieplekken">{t('participatie.toPlaces')}</AppLink>
            </Paragraph>
          </section>
        </>
      )}
    </section>
  );
}
