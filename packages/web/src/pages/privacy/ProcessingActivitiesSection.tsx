// The register of processing activities (art. 30 AVG) that every entry of the log points to.
import { Heading2, Paragraph, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { listProcessingActivities, type ProcessingActivity } from '../../api/privacy.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { Loading } from '../../components/RequireAuth.tsx';
import { ScrollTable } from '../../components/ScrollTable.tsx';

export function ProcessingActivitiesSection() {
  const { t } = useTranslation();
  const [activities, setActivities] = useState<ProcessingActivity[] | null>(null);
  const [error, setError] = useState<unknown>(null);

  useEffect(() => {
    listProcessingActivities().then(setActivities).catch(setError);
  }, []);

  return (
    <section aria-labelledby="privacy-register-heading">
      <Heading2 id="privacy-register-heading">{t('privacy.register.title')}</Heading2>
      <Paragraph>{t('privacy.register.intro')}</Paragraph>
      {error ? (
        <ErrorAlert error={error} headingLevel={3} />
      ) : !activities ? (
        <Loading />
      ) : (
        <ScrollTable captionId="privacy-register-caption" testId="privacy-register" caption={t('privacy.register.caption', { count: activities.length })}>
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col">{t('privacy.register.name')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('privacy.register.purpose')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('privacy.register.legalBasis')}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {activities.map((a) => (
              <TableRow key={a.id}>
                <TableHeaderCell scope="row">{a.name}</TableHeaderCell>
                <TableCell>{a.purpose}</TableCell>
                <TableCell>{a.legalBasis}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </ScrollTable>
      )}
    </section>
  );
}
