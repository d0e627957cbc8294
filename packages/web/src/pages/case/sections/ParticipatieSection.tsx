import { ButtonGroup, Heading2, Heading3, OrderedList, OrderedListItem, Paragraph, SecondaryActionButton, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
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
          <section aria-labelledby="zroute-heading" className="koers-panel" data-testid="zroute-ledger">
            <Heading3 id="zroute-heading">{t('participatie.ledger.title')}</Heading3>
            {data.ledger === null ? (
              <Paragraph>{data.routeLabel === null ? t('participatie.ledger.noPip') : t('participatie.ledger.notZ', { route: data.routeLabel })}</Paragraph>
            ) : (
              <>
                <Paragraph data-testid="zroute-summary">{data.ledger.summary}</Paragraph>
                <ScrollTable captionId="zroute-caption" testId="zroute-table" caption={t('participatie.ledger.caption')}>
                  <TableHeader>
                    <TableRow>
                      <TableHeaderCell scope="col">{t('participatie.ledger.part')}</TableHeaderCell>
                      <TableHeaderCell scope="col">{t('participatie.ledger.norm')}</TableHeaderCell>
                      <TableHeaderCell scope="col">{t('participatie.ledger.counted')}</TableHeaderCell>
                      <TableHeaderCell scope="col">{t('participatie.ledger.remaining')}</TableHeaderCell>
                    </TableRow>
                  </TableHeader>
                  <TableBody>
                    <TableRow>
                      <TableHeaderCell scope="row">{t('participatie.ledger.course')}</TableHeaderCell>
                      <TableCell>800</TableCell>
                      <TableCell>{data.ledger.courseHours}</TableCell>
                      <TableCell>{data.ledger.courseHoursRemaining}</TableCell>
                    </TableRow>
                    <TableRow>
                      <TableHeaderCell scope="row">{t('participatie.ledger.activities')}</TableHeaderCell>
                      <TableCell>{data.ledger.activityHoursRemaining === null ? t('participatie.ledger.noNorm') : 800}</TableCell>
                      <TableCell>
                        {t('participatie.ledger.activityParts', { activities: data.ledger.activityHours, map: data.ledger.mapHours, pvt: data.ledger.pvtHours })}
                        {data.ledger.intakeHours > 0 ? ` ${t('participatie.ledger.intakePart', { intake: data.ledger.intakeHours })}` : null}
                      </TableCell>
                      <TableCell>{data.ledger.activityHoursRemaining ?? '—'}</TableCell>
                    </TableRow>
                  </TableBody>
                </ScrollTable>
                <Paragraph>{t('participatie.ledger.participationHours', { hours: data.ledger.participationHours })}</Paragraph>
                <Heading3 id="zroute-why">{t('participatie.ledger.why')}</Heading3>
                <OrderedList aria-labelledby="zroute-why" data-testid="zroute-steps">
                  {data.ledger.steps.map((s) => (
                    <OrderedListItem key={s.text}>
                      {s.text} <span className="koers-muted">({s.articles.join('; ')})</span>
                    </OrderedListItem>
                  ))}
                </OrderedList>
                {data.ledger.completedOn ? <Paragraph>{t('participatie.ledger.completed', { date: formatDate(data.ledger.completedOn, language) })}</Paragraph> : null}
              </>
            )}
          </section>

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
                  <ScrollTable captionId={`periods-${p.id}`} testId="participatie-periods" caption={t('participatie.hours.caption', { name: p.placeName })}>
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
