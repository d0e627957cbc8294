import { Alert, Heading2, Heading3, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { useCaseChanged, useVoorbereidingQuery } from '../../../api/caseQueries.ts';
import { useUser } from '../../../auth/AuthContext.tsx';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { Checklist } from '../voorbereiding/Checklist.tsx';
import { formatDate } from '../../../format/dates.ts';
import { MeetingList } from '../voorbereiding/MeetingList.tsx';

import type { CasePartProps } from '../caseParts.ts';

const voorbereidingKinds = ['warme-overdracht', 'kennismaking'] as const;

/** Schakel 2: warme overdracht and kennismaking, the regeldag checklist, and when the brede intake starts. */
export function VoorbereidingSection({ caseId }: Pick<CasePartProps, 'caseId'>) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'nl';
  const user = useUser();
  const canWrite = user.permissions.includes('case:write');
  const canReadSensitive = user.permissions.includes('case:read-sensitive');
  const { data, error } = useVoorbereidingQuery(caseId);
  const caseChanged = useCaseChanged(caseId);
  const load = () => void caseChanged('voorbereiding');

  return (
    <div data-testid="voorbereiding-section">
      <Heading2 id="section-voorbereiding">{t('voorbereiding.title')}</Heading2>
      {error ? <ErrorAlert error={error} title={t('voorbereiding.loadError')} /> : null}
      {!data && !error ? <Paragraph>{t('voorbereiding.loading')}</Paragraph> : null}
      {data ? (
        <>
          <Heading3>{t('voorbereiding.scenario.title')}</Heading3>
          <Paragraph>{data.scenario.description}</Paragraph>
          <Alert type={data.scenario.invitationAllowed ? 'info' : 'warning'} className="koers-alert" data-testid="intake-scenario">
            <Paragraph>{data.scenario.explanation}</Paragraph>
          </Alert>
          <Paragraph>
            {t('voorbereiding.dates', {
              linkedOn: formatDate(data.linkedOn, language) || '—',
              housedOn: formatDate(data.housedOn, language) || '—',
              coaLocation: data.coaLocation ?? '—',
            })}
          </Paragraph>

          <Heading3>{t('voorbereiding.meetings.title')}</Heading3>
          <Paragraph>{t('voorbereiding.meetings.intro')}</Paragraph>
          <MeetingList
            caseId={caseId}
            caption={t('voorbereiding.meetings.caption')}
            meetings={data.meetings.filter((m) => m.kind !== 'intakegesprek')}
            kinds={voorbereidingKinds}
            canWrite={canWrite}
            canReadSensitive={canReadSensitive}
            onChanged={load}
          />

          <Heading3>{t('voorbereiding.checklist.title')}</Heading3>
          <Paragraph>{t('voorbereiding.checklist.intro')}</Paragraph>
          <Checklist caseId={caseId} items={data.checklist} canWrite={canWrite} onChanged={load} />
        </>
      ) : null}
    </div>
  );
}
