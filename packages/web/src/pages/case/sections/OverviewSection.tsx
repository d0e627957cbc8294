import { Alert, ButtonGroup, DataList, Heading2, Heading3, Paragraph, SecondaryActionButton } from '@utrecht/component-library-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCaseChanged } from '../../../api/caseQueries.ts';
import type { CaseDetail, CaseFile } from '../../../api/cases.ts';
import { useUser } from '../../../auth/AuthContext.tsx';
import { formatDate } from '../../../format/dates.ts';
import { countryName } from '../../../format/countries.ts';
import { isOneOf } from '@koers/domain';
import { Assignments } from '../Assignments.tsx';
import { BrpComparison } from '../BrpComparison.tsx';
import { ExplanationDetails, Field } from '../CaseFileFields.tsx';
import { caseSources } from '../caseCodes.ts';
import type { CasePartProps } from '../caseParts.ts';
import { PersonalDataForm } from '../PersonalDataForm.tsx';
import { ServerText } from '../../../components/ServerText.tsx';

/** The overview: personal data (editable, with the BRP comparison), the duty, the agreements of the PIP and the partners. */
export function OverviewSection({ caseId, file }: CasePartProps) {
  const { t } = useTranslation();
  const user = useUser();
  const canWrite = user.permissions.includes('case:write');
  const changed = useCaseChanged(caseId);
  const c = file.case;
  const yesNo = (v: boolean) => (v ? t('case.file.yes') : t('case.file.no'));
  const [personalMode, setPersonalMode] = useState<'view' | 'edit' | 'brp'>('view');
  const [savedNotice, setSavedNotice] = useState<string | null>(null);
  const saved = () => {
    setPersonalMode('view');
    setSavedNotice(t('case.edit.saved'));
    void changed('personal-data');
  };
  return (
    <section aria-labelledby="overzicht-heading" className="koers-case-section" data-testid="overview-section">
      <Heading2 id="overzicht-heading" tabIndex={-1}>
        {t('case.file.overzicht')}
      </Heading2>
      {file.access === 'assigned' && file.partnerCase ? (
        <>
          <Paragraph>{t('case.file.partnerNote')}</Paragraph>
          <Heading3>{t('case.file.personal')}</Heading3>
          <DataList className="koers-case-data">
            <Field label={t('case.file.phone')}>{file.partnerCase.phone}</Field>
            <Field label={t('case.file.email')}>{file.partnerCase.email}</Field>
            <Field label={t('case.file.address')}>{file.partnerCase.address}</Field>
            <Field label={t('case.file.preferredLanguage')}>{file.partnerCase.preferredLanguage}</Field>
            <Field label={t('case.file.interpreterNeeded')}>{yesNo(file.partnerCase.interpreterNeeded)}</Field>
          </DataList>
        </>
      ) : null}
      <div className="koers-case-overview">
        {c && personalMode === 'edit' ? (
          <div>
            <Heading3>{t('case.file.personal')}</Heading3>
            <PersonalDataForm c={c} onSaved={saved} onCancel={() => setPersonalMode('view')} />
          </div>
        ) : c ? (
          <div>
            <Heading3>{t('case.file.personal')}</Heading3>
            {savedNotice ? (
              <Alert type="ok" role="status" className="koers-alert">
                {savedNotice}
              </Alert>
            ) : null}
            {canWrite ? (
              <ButtonGroup>
                <SecondaryActionButton type="button" onClick={() => setPersonalMode('edit')} data-testid="edit-personal">
                  {t('case.edit.open')}
                </SecondaryActionButton>
                {c.bsn ? (
                  <SecondaryActionButton type="button" onClick={() => setPersonalMode('brp')} data-testid="open-brp">
                    {t('case.brp.open')}
                  </SecondaryActionButton>
                ) : null}
              </ButtonGroup>
            ) : null}
            {personalMode === 'brp' ? <BrpComparison caseId={c.id} onApplied={saved} onClose={() => setPersonalMode('view')} /> : null}
            <PersonalDataList c={c} />
          </div>
        ) : null}
        {file.duty ? <DutySummary duty={file.duty} /> : null}
      </div>
      <Heading3>{t('case.file.agreements', { version: file.agreements ? file.agreements.pipVersion : '—' })}</Heading3>
      {file.agreements ? (
        <DataList className="koers-case-data">
          <Field label={t('case.file.route')}>{file.agreements.route}</Field>
          <Field label={t('case.file.level')}>{file.agreements.level}</Field>
          <Field label={t('case.file.intensity')}>{file.agreements.intensity}</Field>
          <Field label={t('case.file.support')}>{file.agreements.support}</Field>
          <Field label={t('case.file.participation')}>{file.agreements.participation}</Field>
        </DataList>
      ) : (
        <Paragraph>{t('case.file.noAgreements')}</Paragraph>
      )}
      <Assignments caseId={caseId} file={file} canWrite={canWrite} />
    </section>
  );
}

/** The person's data as registered. */
function PersonalDataList({ c }: { c: CaseDetail }) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'nl';
  const yesNo = (v: boolean) => (v ? t('case.file.yes') : t('case.file.no'));
  return (
    <DataList className="koers-case-data">
      <Field label={t('case.file.bsn')}>{c.bsn ?? t('case.file.hidden')}</Field>
      <Field label={t('case.file.vNumber')}>{c.vNumber}</Field>
      <Field label={t('case.file.birthDate')}>{formatDate(c.birthDate, language)}</Field>
      <Field label={t('case.file.nationality')}>{countryName(c.nationality, language)}</Field>
      <Field label={t('case.file.permit')}>{c.permit === 'asiel' || c.permit === 'regulier' ? t(`case.new.${c.permit}`) : c.permit}</Field>
      <Field label={t('case.file.source')}>{isOneOf(caseSources, c.source) ? t(`case.source.${c.source}`) : c.source}</Field>
      <Field label={t('case.file.linkedOn')}>{formatDate(c.linkedOn, language)}</Field>
      <Field label={t('case.file.duoNoticeOn')}>{formatDate(c.duoNoticeOn, language)}</Field>
      <Field label={t('case.file.registeredOn')}>{formatDate(c.registeredOn, language)}</Field>
      <Field label={t('case.file.housedOn')}>{formatDate(c.housedOn, language)}</Field>
      <Field label={t('case.file.coaLocation')}>{c.coaLocation}</Field>
      <Field label={t('case.file.phone')}>{c.phone}</Field>
      <Field label={t('case.file.email')}>{c.email}</Field>
      <Field label={t('case.file.address')}>{c.address}</Field>
      <Field label={t('case.file.preferredLanguage')}>{c.preferredLanguage}</Field>
      <Field label={t('case.file.interpreterNeeded')}>{yesNo(c.interpreterNeeded)}</Field>
    </DataList>
  );
}

/** Whether the person is obliged to integrate, and how the rules core determined it. */
function DutySummary({ duty }: { duty: NonNullable<CaseFile['duty']> }) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'nl';
  return (
    <div>
      <Heading3>{t('case.file.duty')}</Heading3>
      <Paragraph data-testid="duty-summary">
        <strong>
          {duty.obliged === true ? t('case.file.dutyObliged') : duty.obliged === false ? t('case.file.dutyNotObliged') : t('case.file.dutyUnknown')}
        </strong>
        {duty.explanation ? (
          <>
            {' — '}
            <ServerText>{duty.explanation.summary}</ServerText>
          </>
        ) : null}
      </Paragraph>
      {duty.assessedOn ? <Paragraph>{t('case.file.dutyAssessedOn', { date: formatDate(duty.assessedOn, language) })}</Paragraph> : null}
      {duty.explanation ? <ExplanationDetails explanation={duty.explanation} summaryLabel={t('case.file.howDetermined')} /> : null}
    </div>
  );
}
