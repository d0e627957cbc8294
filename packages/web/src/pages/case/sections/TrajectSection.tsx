import { Alert, ButtonGroup, Heading2, Paragraph, SecondaryActionButton } from '@utrecht/component-library-react';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useUser } from '../../../auth/AuthContext.tsx';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { ActionNotice } from '../../../components/RowAction.tsx';
import { Loading } from '../../../components/RequireAuth.tsx';
import { HoursTable } from '../traject/HoursTable.tsx';
import { PlacementForm } from '../traject/PlacementForm.tsx';
import { Placements } from '../traject/Placements.tsx';
import { ProviderReports } from '../traject/ProviderReports.tsx';
import { useCaseChanged, useTrajectQuery } from '../../../api/caseQueries.ts';

export interface CaseSectionProps {
  caseId: string;
}

/** The traject of a case: inburgeringsaanbod (placement with a cursusinstelling) and gevolgde uren, each with its status at DUO. */
export function TrajectSection({ caseId }: CaseSectionProps) {
  const { t } = useTranslation();
  const user = useUser();
  const canWrite = user.permissions.includes('case:write');
  const { data: traject, error, refetch } = useTrajectQuery(caseId);
  const caseChanged = useCaseChanged(caseId);
  const load = () => refetch();
  const [notice, setNotice] = useState<string | null>(null);
  const noticeRef = useRef<HTMLParagraphElement>(null);

  const changed = (message: string) => {
    setNotice(message);
    void caseChanged('traject').then(() => requestAnimationFrame(() => noticeRef.current?.focus()));
  };

  return (
    <section aria-labelledby="traject-heading" className="koers-traject" data-testid="traject-section">
      <Heading2 id="traject-heading" tabIndex={-1}>
        {t('traject.section.title')}
      </Heading2>
      <Paragraph>{t('traject.section.intro')}</Paragraph>
      <ActionNotice testId="traject-notice" notice={notice} noticeRef={noticeRef} actionError={null} />
      {error ? (
        <>
          <ErrorAlert error={error} headingLevel={3} />
          <ButtonGroup>
            <SecondaryActionButton type="button" onClick={() => void load()}>
              {t('traject.section.refresh')}
            </SecondaryActionButton>
          </ButtonGroup>
        </>
      ) : !traject ? (
        <Loading />
      ) : (
        <>
          {!traject.hasBsn ? (
            <Alert type="warning" className="koers-alert">
              <Paragraph>{t('traject.section.noBsn')}</Paragraph>
            </Alert>
          ) : null}
          {!traject.currentPip ? <Paragraph className="koers-muted">{t('traject.section.noPip')}</Paragraph> : null}
          <Placements caseId={caseId} placements={traject.placements} canWrite={canWrite} onChanged={changed} />
          {canWrite ? <PlacementForm caseId={caseId} onSaved={(p) => changed(t('traject.form.saved', { name: p.instellingNaam }))} /> : null}
          <HoursTable caseId={caseId} hours={traject.hours} canWrite={canWrite} onChanged={changed} />
          <ProviderReports caseId={caseId} />
        </>
      )}
    </section>
  );
}
