// /duo-meldingen: the state of the koppeling (duo:status, also the beheerder), then for roles that
// read cases: notifications from DUO about people without a case in Koers or that could not be
// processed (yet) (GET /api/duo/notificaties), and the meldingen for DUO without a case. The BSN
// only shows when the server sends it (case:read-sensitive).
import {
  Heading2,
  Paragraph,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import { ScrollTable } from '../../components/ScrollTable.tsx';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { listUnmatchedDuoNotifications, type UnmatchedDuoNotification } from '../../api/duo.ts';
import { useUser } from '../../auth/AuthContext.tsx';
import { AppLink } from '../../components/AppLink.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { Loading } from '../../components/RequireAuth.tsx';
import { EventStatusBadge, formatDateTime, useEventName } from '../case/duo/duoFormat.tsx';
import { CaselessDuoMessages } from './CaselessDuoMessages.tsx';
import { DuoStatusSection } from './DuoStatusSection.tsx';

export function DuoNotificationsPage() {
  const { t } = useTranslation();
  const user = useUser();
  const readsCases = user.permissions.includes('case:read');
  return (
    <>
      <PageHeading>{t('duo.page.title')}</PageHeading>
      <Paragraph>{t(readsCases ? 'duo.page.intro' : 'duo.page.introStatusOnly')}</Paragraph>
      {user.permissions.includes('duo:status') ? <DuoStatusSection /> : null}
      {readsCases ? (
        <>
          <UnmatchedNotifications />
          <CaselessDuoMessages />
        </>
      ) : null}
    </>
  );
}

/** Notifications about people without a case, or that could not be processed (yet). */
function UnmatchedNotifications() {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'nl';
  const user = useUser();
  const canCreate = user.permissions.includes('case:write');
  const eventName = useEventName();
  const [items, setItems] = useState<UnmatchedDuoNotification[] | null>(null);
  const [error, setError] = useState<unknown>(null);

  useEffect(() => {
    listUnmatchedDuoNotifications().then(setItems).catch(setError);
  }, []);

  const showBsn = items?.some((n) => n.bsn !== null) ?? false;
  const showGemeente = user.gemeenten.length > 1;
  const gemeenteName = (id: string) => user.gemeenten.find((g) => g.id === id)?.name ?? '—';
  const showActions = canCreate && (items?.some((n) => n.status === 'geen-dossier') ?? false);

  return (
    <section aria-labelledby="duo-notifications-heading">
      <Heading2 id="duo-notifications-heading">{t('duo.page.notificationsTitle')}</Heading2>
      {error ? (
        <ErrorAlert error={error} />
      ) : !items ? (
        <Loading />
      ) : items.length === 0 ? (
        <Paragraph data-testid="duo-notifications-empty">{t('duo.page.empty')}</Paragraph>
      ) : (
        <ScrollTable captionId="duo-notifications-caption" testId="duo-notifications" caption={t('duo.page.caption', { count: items.length })}>
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col">{t('duo.page.received')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('duo.page.code')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('duo.page.status')}</TableHeaderCell>
              {showBsn ? <TableHeaderCell scope="col">{t('duo.page.bsn')}</TableHeaderCell> : null}
              {showGemeente ? <TableHeaderCell scope="col">{t('duo.page.gemeente')}</TableHeaderCell> : null}
              <TableHeaderCell scope="col">{t('duo.page.error')}</TableHeaderCell>
              {showActions ? <TableHeaderCell scope="col">{t('duo.page.actions')}</TableHeaderCell> : null}
            </TableRow>
          </TableHeader>
          <TableBody>
            {items.map((n) => {
              const received = formatDateTime(n.receivedAt, language);
              return (
                <TableRow key={n.id} data-notification-id={n.id} data-event-code={n.eventCode} data-status={n.status}>
                  <TableHeaderCell scope="row">{received}</TableHeaderCell>
                  <TableCell>{eventName(n.eventCode, n.description)}</TableCell>
                  <TableCell>
                    <EventStatusBadge status={n.status} />
                  </TableCell>
                  {showBsn ? <TableCell>{n.bsn ?? t('duo.page.bsnHidden')}</TableCell> : null}
                  {showGemeente ? <TableCell>{gemeenteName(n.gemeenteId)}</TableCell> : null}
                  <TableCell>{n.lastError ?? '—'}</TableCell>
                  {showActions ? (
                    <TableCell>
                      {n.status === 'geen-dossier' ? (
                        <AppLink to="/dossiers/nieuw" aria-label={t('duo.page.createCaseLabel', { code: n.eventCode, date: received })}>
                          {t('duo.page.createCase')}
                        </AppLink>
                      ) : (
                        '—'
                      )}
                    </TableCell>
                  ) : null}
                </TableRow>
              );
            })}
          </TableBody>
        </ScrollTable>
      )}
    </section>
  );
}
