// "Mijn deelnemers": the provider's running placements, a week or a level reported per placement,
// what was reported so far, and a CSV upload of many reports at once (R13, ADR 0119).
import {
  Alert,
  ButtonGroup,
  DataList,
  DataListItem,
  DataListKey,
  DataListValue,
  Heading2,
  Heading3,
  Paragraph,
  SecondaryActionButton,
} from '@utrecht/component-library-react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { getProviderPlacements, type ProviderPlacement } from '../../api/aanbieder.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { ActionNotice } from '../../components/RowAction.tsx';
import { Loading } from '../../components/RequireAuth.tsx';
import { formatDate } from '../../format/dates.ts';
import { CsvUpload } from './CsvUpload.tsx';
import { ExamRegistrationForm } from './ExamRegistrationForm.tsx';
import { InterimReportForm } from './InterimReportForm.tsx';
import { LevelReportForm } from './LevelReportForm.tsx';
import { ReportsSummary } from './ReportsSummary.tsx';
import { WeekReportForm } from './WeekReportForm.tsx';

const placementsKey = ['aanbieder', 'placements'] as const;
type Opened = 'week' | 'level' | 'interim' | 'exam' | null;

function PlacementCard({ placement, onReported }: { placement: ProviderPlacement; onReported: (message: string) => void }) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'nl';
  const [opened, setOpened] = useState<Opened>(null);
  const headingId = `aanbieder-placement-${placement.id}`;
  const done = (outcome: string) => {
    setOpened(null);
    onReported(t(outcome === 'ongewijzigd' ? 'aanbieder.page.unchanged' : 'aanbieder.page.saved', { name: placement.personName }));
  };
  return (
    <section aria-labelledby={headingId} className="koers-panel" data-testid="aanbieder-placement" data-case-number={placement.caseNumber}>
      <Heading3 id={headingId}>{placement.personName}</Heading3>
      <DataList className="koers-case-data">
        <DataListItem>
          <DataListKey>{t('aanbieder.page.caseNumber')}</DataListKey>
          <DataListValue>{placement.caseNumber}</DataListValue>
        </DataListItem>
        <DataListItem>
          <DataListKey>{t('aanbieder.page.gemeente')}</DataListKey>
          <DataListValue>{placement.gemeente.name}</DataListValue>
        </DataListItem>
        <DataListItem>
          <DataListKey>{t('aanbieder.page.contract')}</DataListKey>
          <DataListValue>{placement.contractName}</DataListValue>
        </DataListItem>
        <DataListItem>
          <DataListKey>{t('aanbieder.page.location')}</DataListKey>
          <DataListValue>{placement.location ?? '—'}</DataListValue>
        </DataListItem>
        <DataListItem>
          <DataListKey>{t('aanbieder.page.start')}</DataListKey>
          <DataListValue>{formatDate(placement.startMoment ?? placement.offeredOn, language)}</DataListValue>
        </DataListItem>
      </DataList>
      <ButtonGroup>
        <SecondaryActionButton
          type="button"
          aria-expanded={opened === 'week'}
          aria-label={t('aanbieder.page.reportWeekLabel', { name: placement.personName })}
          onClick={() => setOpened(opened === 'week' ? null : 'week')}
        >
          {t('aanbieder.page.reportWeek')}
        </SecondaryActionButton>
        <SecondaryActionButton
          type="button"
          aria-expanded={opened === 'level'}
          aria-label={t('aanbieder.page.reportLevelLabel', { name: placement.personName })}
          onClick={() => setOpened(opened === 'level' ? null : 'level')}
        >
          {t('aanbieder.page.reportLevel')}
        </SecondaryActionButton>
        <SecondaryActionButton
          type="button"
          aria-expanded={opened === 'interim'}
          aria-label={t('aanbieder.page.reportInterimLabel', { name: placement.personName })}
          onClick={() => setOpened(opened === 'interim' ? null : 'interim')}
        >
          {t('aanbieder.page.reportInterim')}
        </SecondaryActionButton>
        <SecondaryActionButton
          type="button"
          aria-expanded={opened === 'exam'}
          aria-label={t('aanbieder.page.reportExamLabel', { name: placement.personName })}
          onClick={() => setOpened(opened === 'exam' ? null : 'exam')}
        >
          {t('aanbieder.page.reportExam')}
        </SecondaryActionButton>
      </ButtonGroup>
      {opened === 'week' ? <WeekReportForm placementId={placement.id} personName={placement.personName} onDone={done} /> : null}
      {opened === 'level' ? <LevelReportForm placementId={placement.id} personName={placement.personName} onDone={done} /> : null}
      {opened === 'interim' ? <InterimReportForm placementId={placement.id} personName={placement.personName} onDone={done} /> : null}
      {opened === 'exam' ? <ExamRegistrationForm placementId={placement.id} personName={placement.personName} onDone={done} /> : null}
      <ReportsSummary idPrefix={`aanbieder-reports-${placement.id}`} reports={placement.reports} />
    </section>
  );
}

export function AanbiederPage() {
  const { t } = useTranslation();
  const client = useQueryClient();
  const { data, error } = useQuery({ queryKey: placementsKey, queryFn: getProviderPlacements });
  const [notice, setNotice] = useState<string | null>(null);
  const noticeRef = useRef<HTMLParagraphElement>(null);
  const refresh = () => client.invalidateQueries({ queryKey: placementsKey });
  const reported = (message: string) => {
    setNotice(message);
    void refresh().then(() => requestAnimationFrame(() => noticeRef.current?.focus()));
  };
  return (
    <>
      <PageHeading>{t('aanbieder.page.title')}</PageHeading>
      <Paragraph>{t('aanbieder.page.intro')}</Paragraph>
      <ActionNotice testId="aanbieder-notice" notice={notice} noticeRef={noticeRef} actionError={null} />
      {error ? (
        <ErrorAlert error={error} headingLevel={2} />
      ) : !data ? (
        <Loading />
      ) : data.notLinked ? (
        <Alert type="warning" className="koers-alert" data-testid="aanbieder-not-linked">
          <Paragraph>{data.notLinked}</Paragraph>
        </Alert>
      ) : (
        <>
          <section aria-labelledby="aanbieder-placements-heading">
            <Heading2 id="aanbieder-placements-heading">
              {t('aanbieder.page.placementsHeading', { provider: data.provider?.name ?? '' })}
            </Heading2>
            {data.placements.length === 0 ? (
              <Paragraph data-testid="aanbieder-placements-empty">{t('aanbieder.page.none')}</Paragraph>
            ) : null}
            {data.placements.map((p) => (
              <PlacementCard key={p.id} placement={p} onReported={reported} />
            ))}
          </section>
          <CsvUpload onImported={() => void refresh()} />
        </>
      )}
    </>
  );
}
