// One client of the begeleider: contact data and language, the PIP's agreements, the appointments,
// and what the begeleider records — contacts, zelfredzaamheid, problems, the period (R17, ADR 0149).
import {
  ButtonGroup,
  DataList,
  DataListItem,
  DataListKey,
  DataListValue,
  Heading2,
  Paragraph,
  SecondaryActionButton,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';
import { getClient, setPeriodAsBegeleider, type Client } from '../../api/begeleiding.ts';
import { AppLink } from '../../components/AppLink.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { Loading } from '../../components/RequireAuth.tsx';
import { ActionNotice } from '../../components/RowAction.tsx';
import { ScrollTable } from '../../components/ScrollTable.tsx';
import { formatDate } from '../../format/dates.ts';
import { ContactList, PeriodSummary, ProblemList, ZrmTrendTable } from './BegeleidingLists.tsx';
import { ContactForm } from './ContactForm.tsx';
import { clientsKey } from './MijnClientenPage.tsx';
import { PeriodForm } from './PeriodForm.tsx';
import { ProblemForm } from './ProblemForm.tsx';
import { ZrmForm } from './ZrmForm.tsx';

type Opened = 'contact' | 'zrm' | 'problem' | 'period' | null;
const pipRoutes = ['B1', 'Z', 'Onderwijs'] as const;

function Field({ label, children }: { label: string; children: ReactNode }) {
  return (
    <DataListItem>
      <DataListKey>{label}</DataListKey>
      <DataListValue>{children}</DataListValue>
    </DataListItem>
  );
}

function PersonAndAgreements({ client }: { client: Client }) {
  const { t } = useTranslation();
  const p = client.person;
  const route = client.agreements?.route ?? null;
  const knownRoute = pipRoutes.find((r) => r === route);
  return (
    <>
      <section aria-labelledby="begeleiding-person-heading">
        <Heading2 id="begeleiding-person-heading">{t('begeleiding.client.person')}</Heading2>
        <DataList className="koers-case-data" data-testid="begeleiding-person">
          <Field label={t('begeleiding.client.caseNumber')}>{p.caseNumber || '—'}</Field>
          <Field label={t('begeleiding.client.phone')}>{p.phone ?? '—'}</Field>
          <Field label={t('begeleiding.client.email')}>{p.email ?? '—'}</Field>
          <Field label={t('begeleiding.client.address')}>{p.address ?? '—'}</Field>
          <Field label={t('begeleiding.client.language')}>{p.preferredLanguage ?? '—'}</Field>
          <Field label={t('begeleiding.client.interpreter')}>{p.interpreterNeeded ? t('begeleiding.client.yes') : t('begeleiding.client.no')}</Field>
          <Field label={t('begeleiding.client.gemeente')}>{client.gemeente}</Field>
          <Field label={t('begeleiding.client.caseManager')}>{client.caseManager ?? '—'}</Field>
        </DataList>
      </section>
      <section aria-labelledby="begeleiding-agreements-heading">
        <Heading2 id="begeleiding-agreements-heading">{t('begeleiding.client.agreements', { version: client.agreements?.pipVersion ?? '—' })}</Heading2>
        {client.agreements ? (
          <DataList className="koers-case-data" data-testid="begeleiding-agreements">
            <Field label={t('begeleiding.client.route')}>{knownRoute ? t(`pip.route.${knownRoute}`) : (route ?? '—')}</Field>
            <Field label={t('begeleiding.client.level')}>{client.agreements.level ?? '—'}</Field>
            <Field label={t('begeleiding.client.support')}>{client.agreements.support ?? '—'}</Field>
            <Field label={t('begeleiding.client.participation')}>{client.agreements.participation ?? '—'}</Field>
          </DataList>
        ) : (
          <Paragraph>{t('begeleiding.client.noAgreements')}</Paragraph>
        )}
      </section>
    </>
  );
}

function Appointments({ client }: { client: Client }) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'nl';
  const name = `${client.person.givenNames} ${client.person.familyName}`;
  return (
    <section aria-labelledby="begeleiding-appointments-heading">
      <Heading2 id="begeleiding-appointments-heading">{t('begeleiding.client.appointments')}</Heading2>
      {client.appointments.length === 0 ? (
        <Paragraph>{t('begeleiding.client.noAppointments')}</Paragraph>
      ) : (
        <ScrollTable captionId="begeleiding-appointments-caption" caption={t('begeleiding.client.appointmentsCaption', { name })} testId="begeleiding-appointments">
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col">{t('begeleiding.client.what')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('begeleiding.client.date')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('begeleiding.client.place')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('begeleiding.client.interpreterCol')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('begeleiding.client.status')}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {client.appointments.map((a, i) => (
              <TableRow key={`${a.kind}-${a.date}-${i}`}>
                <TableCell>{a.label}</TableCell>
                <TableCell>
                  {formatDate(a.date, language)}
                  {a.time ? ` ${a.time}` : ''}
                </TableCell>
                <TableCell>{a.place ?? '—'}</TableCell>
                <TableCell>{a.interpreter ?? '—'}</TableCell>
                <TableCell>{a.status}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </ScrollTable>
      )}
    </section>
  );
}

export function ClientPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const queryClient = useQueryClient();
  const key = ['begeleiding', 'client', id] as const;
  const { data: client, error } = useQuery({ queryKey: key, queryFn: () => getClient(id) });
  const [opened, setOpened] = useState<Opened>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const noticeRef = useRef<HTMLParagraphElement>(null);
  const done = (message: string) => () => {
    setOpened(null);
    setNotice(message);
    void Promise.all([queryClient.invalidateQueries({ queryKey: key }), queryClient.invalidateQueries({ queryKey: clientsKey })]).then(() =>
      requestAnimationFrame(() => noticeRef.current?.focus()),
    );
  };
  const toggle = (what: Exclude<Opened, null>) => setOpened(opened === what ? null : what);
  const name = client ? `${client.person.givenNames} ${client.person.familyName}` : '';
  return (
    <>
      <PageHeading title={name || t('nav.begeleiding')}>{name || t('nav.begeleiding')}</PageHeading>
      <Paragraph>
        <AppLink to="/begeleiding">{t('begeleiding.client.back')}</AppLink>
      </Paragraph>
      <ActionNotice testId="begeleiding-notice" notice={notice} noticeRef={noticeRef} actionError={null} />
      {error ? (
        <ErrorAlert error={error} headingLevel={2} />
      ) : !client ? (
        <Loading />
      ) : (
        <>
          <PersonAndAgreements client={client} />
          <Appointments client={client} />
          <section aria-labelledby="begeleiding-contacts-heading">
            <Heading2 id="begeleiding-contacts-heading">{t('begeleiding.contact.heading')}</Heading2>
            <ButtonGroup>
              <SecondaryActionButton type="button" aria-expanded={opened === 'contact'} onClick={() => toggle('contact')}>
                {t('begeleiding.contact.add')}
              </SecondaryActionButton>
            </ButtonGroup>
            {opened === 'contact' ? <ContactForm caseId={id} name={name} onDone={done(t('begeleiding.contact.saved'))} /> : null}
            <ContactList begeleiding={client.begeleiding} idPrefix="begeleiding-client" />
          </section>
          <section aria-labelledby="begeleiding-zrm-heading">
            <Heading2 id="begeleiding-zrm-heading">{t('begeleiding.zrm.heading')}</Heading2>
            <ButtonGroup>
              <SecondaryActionButton type="button" aria-expanded={opened === 'zrm'} onClick={() => toggle('zrm')}>
                {t('begeleiding.zrm.add')}
              </SecondaryActionButton>
            </ButtonGroup>
            {opened === 'zrm' ? <ZrmForm caseId={id} name={name} matrix={client.begeleiding.matrix} onDone={done(t('begeleiding.zrm.saved'))} /> : null}
            <ZrmTrendTable begeleiding={client.begeleiding} idPrefix="begeleiding-client" />
          </section>
          <section aria-labelledby="begeleiding-problems-heading">
            <Heading2 id="begeleiding-problems-heading">{t('begeleiding.problem.heading')}</Heading2>
            <ButtonGroup>
              <SecondaryActionButton type="button" aria-expanded={opened === 'problem'} onClick={() => toggle('problem')}>
                {t('begeleiding.problem.add')}
              </SecondaryActionButton>
            </ButtonGroup>
            {opened === 'problem' ? <ProblemForm caseId={id} name={name} onDone={done(t('begeleiding.problem.saved'))} /> : null}
            <ProblemList begeleiding={client.begeleiding} idPrefix="begeleiding-client" />
          </section>
          <section aria-labelledby="begeleiding-period-heading">
            <Heading2 id="begeleiding-period-heading">{t('begeleiding.period.heading')}</Heading2>
            <PeriodSummary begeleiding={client.begeleiding} />
            <ButtonGroup>
              <SecondaryActionButton type="button" aria-expanded={opened === 'period'} onClick={() => toggle('period')}>
                {client.begeleiding.period ? t('begeleiding.period.change') : t('begeleiding.period.start')}
              </SecondaryActionButton>
            </ButtonGroup>
            {opened === 'period' ? (
              <PeriodForm idPrefix="begeleiding-client" begeleiding={client.begeleiding} save={(input) => setPeriodAsBegeleider(id, input)} onSaved={done(t('begeleiding.period.saved'))} />
            ) : null}
          </section>
        </>
      )}
    </>
  );
}
