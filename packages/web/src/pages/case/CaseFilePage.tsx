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
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  UnorderedList,
  UnorderedListItem,
} from '@utrecht/component-library-react';
import { ScrollTable } from '../../components/ScrollTable.tsx';
import { useCallback, useEffect, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useParams } from 'react-router-dom';
import {
  documentUrl,
  getCaseFile,
  getDocuments,
  getHistory,
  getTimeline,
  type CaseDocument,
  type CaseFile,
  type Explanation,
  type HistoryEntry,
  type TimelineEntry,
} from '../../api/cases.ts';
import { useUser } from '../../auth/AuthContext.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { ServerText } from '../../components/ServerText.tsx';
import { countryName } from '../../format/countries.ts';
import { Loading } from '../../components/RequireAuth.tsx';
import { Badge } from '../cases/fields.tsx';
import { formatDate } from '../../format/dates.ts';
import './case-file.css';
import { IntakeSection } from './sections/IntakeSection.tsx';
import { DuoSection } from './sections/DuoSection.tsx';
import { PipSection } from './sections/PipSection.tsx';
import { ResultatenSection } from './sections/ResultatenSection.tsx';
import { TrajectSection } from './sections/TrajectSection.tsx';
import { VoorbereidingSection } from './sections/VoorbereidingSection.tsx';
import { Assignments } from './Assignments.tsx';
import { BrpComparison } from './BrpComparison.tsx';
import { PersonalDataForm } from './PersonalDataForm.tsx';
import { documentKindLabel, historyFieldLabel, historyValue } from './historyLabels.ts';

const sections = ['overzicht', 'voorbereiding', 'intake', 'pip', 'traject', 'resultaten', 'duo', 'tijdlijn', 'documenten', 'geschiedenis'] as const;
type Section = (typeof sections)[number];
const partnerSections: readonly Section[] = ['overzicht'];
type StatusKey = 'aangemeld' | 'voorbereiding' | 'intake' | 'pip' | 'pip-vastgesteld' | 'traject' | 'gesloten';

/** Other parts of the case file dispatch this after a change, so the header and overview reload. */
export const CASE_CHANGED_EVENT = 'koers:case-changed';

function ExplanationDetails({ explanation, summaryLabel }: { explanation: Explanation; summaryLabel: string }) {
  const { t } = useTranslation();
  return (
    <details className="koers-explanation">
      <summary>{summaryLabel}</summary>
      <UnorderedList>
        {explanation.steps.map((s, i) => (
          <UnorderedListItem key={i}>
            <ServerText>{s.text}</ServerText>
            {s.articles.length ? <span className="koers-articles"> ({s.articles.join('; ')})</span> : null}
          </UnorderedListItem>
        ))}
      </UnorderedList>
      {explanation.articles?.length ? (
        <Paragraph>
          {t('case.file.articles')}: {explanation.articles.join('; ')}
        </Paragraph>
      ) : null}
    </details>
  );
}

function Field({ label, children }: { label: string; children: ReactNode }) {
  return (
    <DataListItem>
      <DataListKey>{label}</DataListKey>
      <DataListValue>{children === null || children === '' || children === undefined ? '—' : children}</DataListValue>
    </DataListItem>
  );
}

function SectionBlock({ id, title, children }: { id: Section; title?: string; children: ReactNode }) {
  return (
    <section id={id} aria-labelledby={title ? `${id}-heading` : undefined} className="koers-case-section" tabIndex={-1}>
      {title ? <Heading2 id={`${id}-heading`}>{title}</Heading2> : null}
      {children}
    </section>
  );
}

function Overview({ file, canWrite, onChanged }: { file: CaseFile; canWrite: boolean; onChanged: () => void }) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'nl';
  const c = file.case;
  const yesNo = (v: boolean) => (v ? t('case.file.yes') : t('case.file.no'));
  const [personalMode, setPersonalMode] = useState<'view' | 'edit' | 'brp'>('view');
  const [savedNotice, setSavedNotice] = useState<string | null>(null);
  const saved = () => {
    setPersonalMode('view');
    setSavedNotice(t('case.edit.saved'));
    onChanged();
  };
  return (
    <>
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
            <DataList className="koers-case-data">
              <Field label={t('case.file.bsn')}>{c.bsn ?? t('case.file.hidden')}</Field>
              <Field label={t('case.file.vNumber')}>{c.vNumber}</Field>
              <Field label={t('case.file.birthDate')}>{formatDate(c.birthDate, language)}</Field>
              <Field label={t('case.file.nationality')}>{countryName(c.nationality, language)}</Field>
              <Field label={t('case.file.permit')}>{c.permit === 'asiel' || c.permit === 'regulier' ? t(`case.new.${c.permit}`) : c.permit}</Field>
              <Field label={t('case.file.source')}>{t(`case.source.${c.source as 'handmatig'}`, { defaultValue: c.source })}</Field>
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
          </div>
        ) : null}
        <div>
          {file.duty ? (
            <>
              <Heading3>{t('case.file.duty')}</Heading3>
              <Paragraph data-testid="duty-summary">
                <strong>
                  {file.duty.obliged === true
                    ? t('case.file.dutyObliged')
                    : file.duty.obliged === false
                      ? t('case.file.dutyNotObliged')
                      : t('case.file.dutyUnknown')}
                </strong>
                {file.duty.explanation ? ` — ${file.duty.explanation.summary}` : null}
              </Paragraph>
              {file.duty.assessedOn ? (
                <Paragraph>{t('case.file.dutyAssessedOn', { date: formatDate(file.duty.assessedOn, language) })}</Paragraph>
              ) : null}
              {file.duty.explanation ? (
                <ExplanationDetails explanation={file.duty.explanation} summaryLabel={t('case.file.howDetermined')} />
              ) : null}
            </>
          ) : null}
          {file.access === 'full' ? (
            <>
              <Heading3>{t('case.file.deadlines')}</Heading3>
              {file.deadlines.length === 0 ? (
                <Paragraph>{t('case.file.noDeadlines')}</Paragraph>
              ) : (
                <UnorderedList className="koers-case-items" data-testid="deadlines">
                  {file.deadlines.map((d, i) => (
                    <UnorderedListItem key={`${d.kind}-${i}`} className={d.overdue ? 'koers-case-items__overdue' : undefined}>
                      <strong>{d.label}</strong>: {d.date ? formatDate(d.date, language) : t('case.file.noDate')}{' '}
                      {d.overdue ? <Badge tone="danger">{t('case.file.overdue')}</Badge> : null}
                      <Paragraph>{d.explanation.summary}</Paragraph>
                      <ExplanationDetails explanation={d.explanation} summaryLabel={t('case.file.explanation')} />
                    </UnorderedListItem>
                  ))}
                </UnorderedList>
              )}
              <Heading3>{t('case.file.signals')}</Heading3>
              {file.signals.length === 0 ? (
                <Paragraph>{t('case.file.noSignals')}</Paragraph>
              ) : (
                <UnorderedList className="koers-case-items" data-testid="case-signals">
                  {file.signals.map((s) => (
                    <UnorderedListItem key={s.kind} className={s.overdue ? 'koers-case-items__overdue' : undefined}>
                      {s.overdue ? <Badge tone="danger">{t('case.file.overdue')}</Badge> : null} {s.reason}{' '}
                      <a className="utrecht-link" href={`#${s.section}`}>
                        {t('case.file.goTo', { section: t(`case.file.${s.section as Section}`, { defaultValue: s.section }) })}
                      </a>
                    </UnorderedListItem>
                  ))}
                </UnorderedList>
              )}
            </>
          ) : null}
        </div>
      </div>
      <Heading3>
        {file.agreements ? t('case.file.agreements', { version: file.agreements.pipVersion }) : t('case.file.agreements', { version: '—' })}
      </Heading3>
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
      <Assignments caseId={file.case?.id ?? file.partnerCase?.id ?? ''} file={file} canWrite={canWrite} onChanged={onChanged} />
    </>
  );
}

const TIMELINE_PAGE = 25;

function Timeline({ caseId, version }: { caseId: string; version: number }) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'nl';
  const [entries, setEntries] = useState<TimelineEntry[]>([]);
  const [total, setTotal] = useState(0);
  const [error, setError] = useState<unknown>(null);
  useEffect(() => {
    getTimeline(caseId, TIMELINE_PAGE, 0)
      .then((r) => {
        setEntries(r.items);
        setTotal(r.total);
      })
      .catch(setError);
  }, [caseId, version]);
  const more = () =>
    void getTimeline(caseId, TIMELINE_PAGE, entries.length)
      .then((r) => setEntries((e) => [...e, ...r.items]))
      .catch(setError);
  if (error) return <ErrorAlert error={error} />;
  if (total === 0) return <Paragraph>{t('case.file.timelineEmpty')}</Paragraph>;
  return (
    <>
      <ScrollTable captionId="timeline-caption" testId="timeline" caption={t('case.file.timelineCaption', { total })}>
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">{t('case.file.when')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('case.file.what')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('case.file.who')}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {entries.map((e) => (
            <TableRow key={e.id}>
              <TableCell>{formatDate(e.occurredOn, language)}</TableCell>
              <TableCell>{e.summary}</TableCell>
              <TableCell>{e.actorName}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </ScrollTable>
      {entries.length < total ? (
        <SecondaryActionButton type="button" onClick={more}>
          {t('case.file.moreTimeline')}
        </SecondaryActionButton>
      ) : null}
    </>
  );
}

function Documents({ caseId, version }: { caseId: string; version: number }) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'nl';
  const [docs, setDocs] = useState<CaseDocument[] | null>(null);
  const [error, setError] = useState<unknown>(null);
  useEffect(() => {
    getDocuments(caseId).then(setDocs).catch(setError);
  }, [caseId, version]);
  if (error) return <ErrorAlert error={error} />;
  if (!docs) return <Loading />;
  if (docs.length === 0) return <Paragraph>{t('case.file.documentsEmpty')}</Paragraph>;
  return (
    <ScrollTable captionId="documents-caption" testId="documents" caption={t('case.file.documentsCaption')}>
      <TableHeader>
        <TableRow>
          <TableHeaderCell scope="col">{t('case.file.title')}</TableHeaderCell>
          <TableHeaderCell scope="col">{t('case.file.kind')}</TableHeaderCell>
          <TableHeaderCell scope="col">{t('case.file.size')}</TableHeaderCell>
          <TableHeaderCell scope="col">{t('case.file.created')}</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {docs.map((d) => (
          <TableRow key={d.id}>
            <TableHeaderCell scope="row">
              <a
                className="utrecht-link"
                href={documentUrl(caseId, d.id)}
                download
                aria-label={t('case.file.download', { title: d.title })}
              >
                {d.title}
              </a>
            </TableHeaderCell>
            <TableCell>{documentKindLabel(d.kind, t)}</TableCell>
            <TableCell>{Math.max(1, Math.round(d.sizeBytes / 1024))} kB</TableCell>
            <TableCell>{formatDate(d.createdAt, language)}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </ScrollTable>
  );
}

function History({ caseId, version }: { caseId: string; version: number }) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'nl';
  const [entries, setEntries] = useState<HistoryEntry[] | null>(null);
  const [error, setError] = useState<unknown>(null);
  useEffect(() => {
    getHistory(caseId)
      .then((h) => setEntries([...h].reverse()))
      .catch(setError);
  }, [caseId, version]);
  if (error) return <ErrorAlert error={error} />;
  if (!entries) return <Loading />;
  if (entries.length === 0) return <Paragraph>{t('case.file.historyEmpty')}</Paragraph>;
  return (
    <ScrollTable captionId="history-caption" testId="history" caption={t('case.file.historyCaption')}>
      <TableHeader>
        <TableRow>
          <TableHeaderCell scope="col">{t('case.file.when')}</TableHeaderCell>
          <TableHeaderCell scope="col">{t('case.file.who')}</TableHeaderCell>
          <TableHeaderCell scope="col">{t('case.file.change')}</TableHeaderCell>
          <TableHeaderCell scope="col">{t('case.file.reason')}</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {entries.map((e) => (
          <TableRow key={e.id}>
            <TableCell>{formatDate(e.at, language)}</TableCell>
            <TableCell>{e.actorName}</TableCell>
            <TableCell>
              <UnorderedList>
                {Object.entries(e.changes).map(([field, change]) => (
                  <UnorderedListItem key={field}>
                    {historyFieldLabel(field, t)}: {historyValue(field, change.from, t, language)} → {historyValue(field, change.to, t, language)}
                  </UnorderedListItem>
                ))}
              </UnorderedList>
            </TableCell>
            <TableCell>{e.reason ?? '—'}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </ScrollTable>
  );
}

/**
 * The sections of the case file as a row of links. The current one (by the address, then by
 * scrolling) carries aria-current="location"; plain links, so Tab/Enter work as everywhere.
 */
function SectionNav({ visible, hash }: { visible: readonly Section[]; hash: string }) {
  const { t } = useTranslation();
  const fromHash = (h: string): Section | null => visible.find((s) => `#${s}` === h) ?? null;
  const [current, setCurrent] = useState<Section | null>(() => fromHash(hash));
  useEffect(() => {
    const chosen = visible.find((s) => `#${s}` === hash);
    if (chosen) setCurrent(chosen);
  }, [hash, visible]);
  useEffect(() => {
    if (typeof IntersectionObserver === 'undefined') return;
    const seen = new Map<Section, boolean>();
    // A section counts as current while its top part is in the upper third of the window.
    const observer = new IntersectionObserver(
      (entries) => {
        for (const e of entries) seen.set(e.target.id as Section, e.isIntersecting);
        const first = visible.find((s) => seen.get(s));
        if (first) setCurrent(first);
      },
      { rootMargin: '-15% 0px -65% 0px' },
    );
    for (const s of visible) {
      const el = document.getElementById(s);
      if (el) observer.observe(el);
    }
    return () => observer.disconnect();
  }, [visible]);
  return (
    <nav aria-label={t('case.file.tabs')} className="koers-case-nav">
      <ul className="koers-case-nav__list">
        {visible.map((s) => (
          <li key={s}>
            <a
              className="utrecht-link koers-case-nav__link"
              href={`#${s}`}
              aria-current={current === s ? 'location' : undefined}
              onClick={() => setCurrent(s)}
            >
              {t(`case.file.${s}`)}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}

export function CaseFilePage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const location = useLocation();
  const user = useUser();
  const full = user.permissions.includes('case:read');
  const [file, setFile] = useState<CaseFile | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [version, setVersion] = useState(0);

  const load = useCallback(() => {
    getCaseFile(id, !full)
      .then((f) => {
        setFile(f);
        setError(null);
      })
      .catch(setError);
  }, [id, full]);

  useEffect(load, [load, version]);
  useEffect(() => {
    const onChange = () => setVersion((v) => v + 1);
    // Also when the user comes back to the overview or to the window, after working in a section.
    const onHash = () => {
      if (window.location.hash === '#overzicht') onChange();
    };
    window.addEventListener(CASE_CHANGED_EVENT, onChange);
    window.addEventListener('hashchange', onHash);
    window.addEventListener('focus', onChange);
    return () => {
      window.removeEventListener(CASE_CHANGED_EVENT, onChange);
      window.removeEventListener('hashchange', onHash);
      window.removeEventListener('focus', onChange);
    };
  }, []);
  // Opening /dossiers/:id#pip goes to that part once the file is there.
  // Only once per hash: a reload of the file (after a change) must not move the user.
  const scrolledTo = useRef<string | null>(null);
  const loaded = file !== null;
  useEffect(() => {
    if (!loaded || !location.hash || scrolledTo.current === location.hash) return;
    const target = document.getElementById(decodeURIComponent(location.hash.slice(1)));
    if (target) {
      scrolledTo.current = location.hash;
      target.scrollIntoView({ block: 'start' });
      target.focus({ preventScroll: true });
    }
  }, [loaded, location.hash]);

  if (error) {
    return (
      <>
        <PageHeading>{t('case.list.title')}</PageHeading>
        <ErrorAlert error={error} />
      </>
    );
  }
  if (!file) return <Loading />;
  const person = file.case ?? file.partnerCase;
  const name = person ? `${person.givenNames} ${person.familyName}` : '';
  const status = person?.status ?? '';
  const visible: readonly Section[] = file.access === 'full' ? sections : partnerSections;
  const targetGroup = file.duty?.targetGroup;

  return (
    <>
      <header className="koers-case-header">
        <PageHeading>{name}</PageHeading>
        <DataList className="koers-case-summary" data-testid="case-header">
          {person?.caseNumber ? <Field label={t('labels.caseNumber')}>{person.caseNumber}</Field> : null}
          <Field label={t('case.file.status')}>{t(`case.status.${status as StatusKey}`, { defaultValue: status })}</Field>
          {file.duty ? (
            <Field label={t('case.file.targetGroup')}>
              {targetGroup === 'asiel' || targetGroup === 'gezin-overig'
                ? t(`case.targetGroup.${targetGroup}`)
                : t('case.targetGroup.none')}
              {file.duty.regime ? ` (${file.duty.regime})` : ''}
            </Field>
          ) : null}
          <Field label={t('case.file.caseManager')}>{file.caseManager?.name ?? t('case.file.noCaseManager')}</Field>
          <Field label={t('case.file.gemeente')}>{file.gemeente.name}</Field>
        </DataList>
      </header>
      <SectionNav visible={visible} hash={location.hash} />
      <SectionBlock id="overzicht" title={t('case.file.overzicht')}>
        <Overview file={file} canWrite={user.permissions.includes('case:write')} onChanged={() => setVersion((v) => v + 1)} />
      </SectionBlock>
      {file.access === 'full' ? (
        <>
          <SectionBlock id="voorbereiding">
            <VoorbereidingSection caseId={id} />
          </SectionBlock>
          <SectionBlock id="intake">
            <IntakeSection caseId={id} />
          </SectionBlock>
          <SectionBlock id="pip">
            <PipSection caseId={id} />
          </SectionBlock>
          <SectionBlock id="traject">
            <TrajectSection caseId={id} />
          </SectionBlock>
          <SectionBlock id="resultaten">
            <ResultatenSection caseId={id} />
          </SectionBlock>
          <SectionBlock id="duo">
            <DuoSection caseId={id} />
          </SectionBlock>
          <SectionBlock id="tijdlijn" title={t('case.file.tijdlijn')}>
            <Timeline caseId={id} version={version} />
          </SectionBlock>
          <SectionBlock id="documenten" title={t('case.file.documenten')}>
            <Documents caseId={id} version={version} />
          </SectionBlock>
          {user.permissions.includes('case:history') ? (
            <SectionBlock id="geschiedenis" title={t('case.file.geschiedenis')}>
              <History caseId={id} version={version} />
            </SectionBlock>
          ) : null}
        </>
      ) : null}
    </>
  );
}
