import { DataList, DataListItem, DataListKey, DataListValue, Heading2, Heading3, Paragraph } from '@utrecht/component-library-react';
import { useQueryClient } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useUser } from '../../../auth/AuthContext.tsx';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { caseKeys, useCaseChanged, useIntakeQuery, type CaseChange } from '../../../api/caseQueries.ts';
import type { Intake } from '../../../api/intake.ts';
import { Evidence } from '../intake/Evidence.tsx';
import { IntakeRecordForm } from '../intake/IntakeRecordForm.tsx';
import { Invitations } from '../intake/Invitations.tsx';
import { LearnabilityTests } from '../intake/LearnabilityTests.tsx';
import { NextStep } from '../intake/NextStep.tsx';
import { formatDate } from '../../../format/dates.ts';
import { MeetingList } from '../voorbereiding/MeetingList.tsx';

import type { CasePartProps } from '../caseParts.ts';

const intakeKinds = ['intakegesprek'] as const;

function Item({ label, children }: { label: string; children: ReactNode }) {
  return (
    <DataListItem>
      <DataListKey>{label}</DataListKey>
      <DataListValue>{children === '' || children === null ? '—' : children}</DataListValue>
    </DataListItem>
  );
}

/** Schakel 3: the brede intake — invitations, conversations, the record with the required themes, toets and evidence. */
export function IntakeSection({ caseId }: Pick<CasePartProps, 'caseId'>) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'nl';
  const user = useUser();
  const canWrite = user.permissions.includes('case:write');
  const canReadSensitive = user.permissions.includes('case:read-sensitive');
  const { data: intake, error } = useIntakeQuery(caseId);
  const client = useQueryClient();
  const caseChanged = useCaseChanged(caseId);
  // Remount the record form with fresh values after another part of the section changed the intake.
  const [generation, setGeneration] = useState(0);

  /** A write that answered with the new intake: show it at once, then refresh what else it touched. */
  const saved = (next: Intake, change: CaseChange = 'intake') => {
    client.setQueryData(caseKeys.part(caseId, 'intake'), next);
    void caseChanged(change);
  };
  const changed = (next: Intake) => {
    saved(next);
    setGeneration((g) => g + 1);
  };
  const load = (change: CaseChange) => () => void caseChanged(change);

  return (
    <div data-testid="intake-section">
      <Heading2 id="section-intake">{t('intake.title')}</Heading2>
      {error ? <ErrorAlert error={error} title={t('intake.loadError')} /> : null}
      {!intake && !error ? <Paragraph>{t('intake.loading')}</Paragraph> : null}
      {intake ? (
        <>
          <DataList data-testid="intake-status">
            <Item label={t('intake.statusLabel')}>{t(`intake.status.${intake.record.status}`)}</Item>
            <Item label={t('intake.startedOn')}>{formatDate(intake.record.startedOn, language)}</Item>
            <Item label={t('intake.completedOn')}>{formatDate(intake.record.completedOn, language)}</Item>
          </DataList>

          <NextStep caseId={caseId} intake={intake} canWrite={canWrite} onChanged={changed} />

          <Heading3>{t('intake.invitations.title')}</Heading3>
          <Invitations caseId={caseId} invitations={intake.invitations} />

          <Heading3>{t('intake.conversations.title')}</Heading3>
          <Paragraph>{t('intake.conversations.intro')}</Paragraph>
          <MeetingList
            caseId={caseId}
            caption={t('intake.conversations.caption')}
            meetings={intake.conversations}
            kinds={intakeKinds}
            canWrite={canWrite && intake.allowedAction !== 'completed'}
            canReadSensitive={canReadSensitive}
            onChanged={load('voorbereiding')}
          />

          <Heading3>{t('intake.record.title')}</Heading3>
          <Paragraph>{t('intake.record.intro')}</Paragraph>
          <IntakeRecordForm key={generation} caseId={caseId} intake={intake} canWrite={canWrite} canReadSensitive={canReadSensitive} onChanged={(next) => saved(next)} />

          <Heading3>{t('intake.toets.title')}</Heading3>
          <LearnabilityTests caseId={caseId} tests={intake.learnabilityTests} canWrite={canWrite} onChanged={load('toets')} />

          <Heading3>{t('intake.evidence.title')}</Heading3>
          <Paragraph>{t('intake.evidence.intro')}</Paragraph>
          <Evidence caseId={caseId} intake={intake} canWrite={canWrite} onChanged={load('toets')} />
        </>
      ) : null}
    </div>
  );
}
