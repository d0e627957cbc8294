// Beheer → Gemeenten → Instellingen: every setting of the gemeente in sections with Dutch labels and
// help text; an empty field is the national default (shown). Errors appear next to the field; the
// history of every change is at the bottom. The logo is saved on its own (an upload).
import { Alert, ButtonGroup, Paragraph, PrimaryActionButton } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';
import { AppLink } from '../../components/AppLink.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { Loading } from '../../components/RequireAuth.tsx';
import { HistoryTable } from './HistoryTable.tsx';
import { LogoSection } from './LogoSection.tsx';
import { RetentionSection } from './RetentionSection.tsx';
import { SettingsContents } from './SettingsContents.tsx';
import { SettingsFieldsets } from './SettingsFieldsets.tsx';
import { useGemeenteSettings } from './useGemeenteSettings.ts';

export function GemeenteSettingsPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const { view, history, values, errors, set, loadError, saveError, invalid, notice, noticeRef, busy, submit, logoSaved } = useGemeenteSettings(id);

  if (loadError) return <ErrorAlert error={loadError} />;
  if (!view) return <Loading />;

  return (
    <>
      <PageHeading>{t('beheer.settings.title', { name: view.name })}</PageHeading>
      <Paragraph>
        <AppLink to="/beheer">{t('beheer.settings.back')}</AppLink>
      </Paragraph>
      <Paragraph appearance="lead">{t('beheer.settings.intro')}</Paragraph>
      <SettingsContents />
      <div aria-live="polite" className="koers-live">
        {notice ? (
          <Alert type="ok" className="koers-alert" data-testid="settings-notice" ref={noticeRef} tabIndex={-1}>
            <Paragraph>{notice}</Paragraph>
          </Alert>
        ) : null}
      </div>
      <form noValidate className="koers-form" aria-labelledby="page-heading" onSubmit={(e) => void submit(e)} data-testid="settings-form">
        {saveError ? <ErrorAlert error={saveError} /> : null}
        {invalid ? (
          <Alert type="error" role="alert" className="koers-alert">
            <Paragraph>{t('beheer.settings.invalid')}</Paragraph>
          </Alert>
        ) : null}
        <SettingsFieldsets values={values} errors={errors} set={set} national={view.national} />
        <ButtonGroup>
          <PrimaryActionButton type="submit" busy={busy} disabled={busy}>
            {busy ? t('common.saving') : t('beheer.settings.save')}
          </PrimaryActionButton>
        </ButtonGroup>
      </form>
      <LogoSection view={view} onSaved={logoSaved} />
      <RetentionSection gemeenteId={view.gemeenteId} />
      <HistoryTable entries={history} name={view.name} />
    </>
  );
}
