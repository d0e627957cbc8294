import {
  Alert,
  ButtonGroup,
  Heading2,
  Heading3,
  Link,
  Paragraph,
  PrimaryActionButton,
  SecondaryActionButton,
  UnorderedList,
  UnorderedListItem,
} from '@utrecht/component-library-react';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../api/client.ts';
import { listCases, type CaseDetail, type CaseListItem } from '../../../api/cases.ts';
import {
  closeCase,
  closeReasons,
  handoverExportUrl,
  householdRelations,
  linkHousehold,
  reopenCase,
  requestHandover,
  unlinkHousehold,
  type CaseLinks,
  type ClosableCase,
  type CloseReason,
  type CloseResult,
  type HouseholdRelation,
} from '../../../api/case-closing.ts';
import { useCaseChanged, useClosingQuery } from '../../../api/caseQueries.ts';
import { useUser } from '../../../auth/AuthContext.tsx';
import { AppLink } from '../../../components/AppLink.tsx';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { Loading } from '../../../components/RequireAuth.tsx';
import { TextField } from '../../../components/TextField.tsx';
import { TextAreaField } from '../../../components/form/TextAreaField.tsx';
import { formatDate, formatDateTime, todayIso } from '../../../format/dates.ts';
import { RadioGroup } from '../pip/fields.tsx';


const knownReason = (code: string | null): code is CloseReason => code !== null && (closeReasons as readonly string[]).includes(code);

type ClosedFields = Pick<CaseDetail, 'status' | 'closedOn' | 'closedReason' | 'closedReasonCode'>;

function useClosedReason(kase: ClosedFields): string {
  const { t } = useTranslation();
  const code = kase.closedReasonCode ?? null;
  return knownReason(code) ? t(`afsluiten.reason.${code}`) : (kase.closedReason ?? t('afsluiten.banner.unknownReason'));
}

/** The banner of a closed case at the top of the case file: why and since when; what stays possible. */
export function ClosedBanner({ kase }: { kase: ClosedFields }) {
  const { t, i18n } = useTranslation();
  const reason = useClosedReason(kase);
  if (kase.status !== 'gesloten') return null;
  return (
    <Alert type="warning" className="koers-alert" data-testid="closed-banner">
      <Heading3 className="koers-alert__title">{t('afsluiten.banner.title')}</Heading3>
      <Paragraph>
        {kase.closedOn ? t('afsluiten.banner.text', { date: formatDate(kase.closedOn, i18n.resolvedLanguage ?? 'nl'), reason }) : t('afsluiten.banner.textNoDate', { reason })}
      </Paragraph>
      {kase.closedReason && kase.closedReason !== reason ? <Paragraph>{kase.closedReason}</Paragraph> : null}
      <Paragraph>{t('afsluiten.banner.consequence')}</Paragraph>
    </Alert>
  );
}

/** In the section itself: the closing in one line (the banner is at the top of the case file). */
function ClosedLine({ kase }: { kase: ClosedFields }) {
  const { t, i18n } = useTranslation();
  const reason = useClosedReason(kase);
  return (
    <Paragraph data-testid="closed-line">
      {kase.closedOn ? t('afsluiten.banner.text', { date: formatDate(kase.closedOn, i18n.resolvedLanguage ?? 'nl'), reason }) : t('afsluiten.banner.textNoDate', { reason })}
    </Paragraph>
  );
}

function CloseForm({ kase, onCancel, onClosed }: { kase: ClosableCase; onCancel: () => void; onClosed: (r: CloseResult) => void }) {
  const { t } = useTranslation();
  const [reason, setReason] = useState<CloseReason | null>(null);
  const [effectiveOn, setEffectiveOn] = useState(todayIso());
  const [code, setCode] = useState('');
  const [name, setName] = useState('');
  const [note, setNote] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), []);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!reason) {
      setError(new Error(t('afsluiten.close.reasonRequired')));
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const result = await closeCase(kase.id, {
        reason,
        effectiveOn,
        note: note.trim() || null,
        ...(reason === 'verhuisd' ? { movedTo: { code: code.trim(), name: name.trim() } } : {}),
        version: kase.version,
      });
      onClosed(result);
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  }

  const fieldMessage = (f: string) => (isApiError(error) ? error.messageFor(f) : undefined);
  const fields = ['reason', 'effectiveOn', 'note', 'movedTo', 'movedTo.code', 'movedTo.name'];
  return (
    <section aria-labelledby="afsluiten-close-heading" className="koers-panel" data-testid="close-form">
      <Heading3 id="afsluiten-close-heading" ref={headingRef} tabIndex={-1}>
        {t('afsluiten.close.heading')}
      </Heading3>
      <Paragraph>{t('afsluiten.close.explain')}</Paragraph>
      {error && !fields.some((f) => fieldMessage(f)) ? <ErrorAlert error={error} headingLevel={4} /> : null}
      <form noValidate className="koers-form" aria-labelledby="afsluiten-close-heading" onSubmit={(e) => void submit(e)}>
        <RadioGroup
          id="afsluiten-reason"
          legend={t('afsluiten.close.reason')}
          error={fieldMessage('reason')}
          options={closeReasons.map((r) => ({ value: r, label: t(`afsluiten.reason.${r}`) }))}
          value={reason}
          onChange={setReason}
        />
        <TextField id="afsluiten-date" type="date" label={t('afsluiten.close.effectiveOn')} value={effectiveOn} max={todayIso()} error={fieldMessage('effectiveOn')} onChange={(e) => setEffectiveOn(e.target.value)} />
        {reason === 'verhuisd' ? (
          <>
            <TextField
              id="afsluiten-gemeente-code"
              label={t('afsluiten.close.gemeenteCode')}
              description={t('afsluiten.close.gemeenteCodeHint')}
              inputMode="numeric"
              value={code}
              error={fieldMessage('movedTo.code') ?? fieldMessage('movedTo')}
              onChange={(e) => setCode(e.target.value)}
            />
            <TextField id="afsluiten-gemeente-name" label={t('afsluiten.close.gemeenteName')} value={name} error={fieldMessage('movedTo.name')} onChange={(e) => setName(e.target.value)} />
          </>
        ) : null}
        <TextAreaField id="afsluiten-note" label={t('afsluiten.close.note')} value={note} error={fieldMessage('note')} onChange={setNote} rows={2} />
        <ButtonGroup>
          <PrimaryActionButton type="submit" busy={busy} disabled={busy}>
            {t('afsluiten.close.submit')}
          </PrimaryActionButton>
          <SecondaryActionButton type="button" onClick={onCancel}>
            {t('common.cancel')}
          </SecondaryActionButton>
        </ButtonGroup>
      </form>
    </section>
  );
}

function ReopenForm({ kase, onCancel, onReopened }: { kase: ClosableCase; onCancel: () => void; onReopened: () => void }) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), []);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await reopenCase(kase.id, { reason: reason.trim(), version: kase.version });
      onReopened();
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  }
  const fieldMessage = (f: string) => (isApiError(error) ? error.messageFor(f) : undefined);
  return (
    <section aria-labelledby="afsluiten-reopen-heading" className="koers-panel" data-testid="reopen-form">
      <Heading3 id="afsluiten-reopen-heading" ref={headingRef} tabIndex={-1}>
        {t('afsluiten.reopen.heading')}
      </Heading3>
      <Paragraph>{t('afsluiten.reopen.explain')}</Paragraph>
      {error && !fieldMessage('reason') ? <ErrorAlert error={error} headingLevel={4} /> : null}
      <form noValidate className="koers-form" aria-labelledby="afsluiten-reopen-heading" onSubmit={(e) => void submit(e)}>
        <TextAreaField id="afsluiten-reopen-reason" label={t('afsluiten.reopen.reason')} value={reason} error={fieldMessage('reason')} onChange={setReason} rows={2} />
        <ButtonGroup>
          <PrimaryActionButton type="submit" busy={busy} disabled={busy}>
            {t('afsluiten.reopen.submit')}
          </PrimaryActionButton>
          <SecondaryActionButton type="button" onClick={onCancel}>
            {t('common.cancel')}
          </SecondaryActionButton>
        </ButtonGroup>
      </form>
    </section>
  );
}

function Moves({ caseId, links, canWrite, canExport }: { caseId: string; links: CaseLinks; canWrite: boolean; canExport: boolean }) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'nl';
  const [message, setMessage] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const changed = useCaseChanged(caseId);
  const ask = async () => {
    setError(null);
    try {
      const r = await requestHandover(caseId);
      setMessage(t('afsluiten.moves.received', { count: r.received }));
      await changed('afsluiten');
    } catch (caught) {
      setError(caught);
    }
  };
  if (links.moves.length === 0) return null;
  return (
    <>
      <Heading3>{t('afsluiten.moves.heading')}</Heading3>
      <UnorderedList data-testid="moves">
        {links.moves.map((m, i) => (
          <UnorderedListItem key={i}>
            {t(m.direction === 'naar' ? 'afsluiten.moves.to' : 'afsluiten.moves.from', { gemeente: m.gemeenteName ?? '—', date: formatDate(m.movedOn, language) })}{' '}
            {m.linked ? t('afsluiten.moves.linked') : m.direction === 'naar' ? t('afsluiten.moves.notLinked') : ''}
            {m.otherCaseId ? (
              <>
                {' '}
                <AppLink to={`/dossiers/${m.otherCaseId}`}>{t('afsluiten.moves.open')}</AppLink>
              </>
            ) : null}
          </UnorderedListItem>
        ))}
      </UnorderedList>
      {message ? (
        <Alert type="ok" role="status" className="koers-alert">
          <Paragraph>{message}</Paragraph>
        </Alert>
      ) : null}
      {error ? <ErrorAlert error={error} headingLevel={4} /> : null}
      <ButtonGroup>
        {canExport && links.moves.some((m) => m.direction === 'naar') ? (
          <Link href={handoverExportUrl(caseId)} download>
            {t('afsluiten.moves.export')}
          </Link>
        ) : null}
        {canWrite && links.moves.some((m) => m.direction === 'uit' && m.linked) ? (
          <SecondaryActionButton type="button" onClick={() => void ask()}>
            {t('afsluiten.moves.request')}
          </SecondaryActionButton>
        ) : null}
      </ButtonGroup>
    </>
  );
}

function Household({ caseId, gemeenteId, links, canWrite, onChanged }: { caseId: string; gemeenteId: string; links: CaseLinks; canWrite: boolean; onChanged: () => void }) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'nl';
  const [search, setSearch] = useState('');
  const [found, setFound] = useState<CaseListItem[] | null>(null);
  const [relation, setRelation] = useState<HouseholdRelation>('partner');
  const [error, setError] = useState<unknown>(null);
  const run = async (work: () => Promise<CaseLinks>) => {
    setError(null);
    try {
      await work();
      onChanged();
      setFound(null);
      setSearch('');
    } catch (caught) {
      setError(caught);
    }
  };
  const find = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    try {
      const result = await listCases({ gemeenteId, zoek: search.trim(), sorteer: 'name', volgorde: 'asc', limit: 10 });
      const linked = new Set(links.household.map((h) => h.caseId));
      setFound(result.items.filter((c) => c.id !== caseId && !linked.has(c.id)));
    } catch (caught) {
      setError(caught);
    }
  };
  return (
    <>
      <Heading3 id="huishouden-heading">{t('afsluiten.household.heading')}</Heading3>
      <Paragraph>{t('afsluiten.household.intro')}</Paragraph>
      {links.household.length === 0 ? (
        <Paragraph data-testid="household-empty">{t('afsluiten.household.empty')}</Paragraph>
      ) : (
        <UnorderedList data-testid="household">
          {links.household.map((h) => (
            <UnorderedListItem key={h.caseId}>
              <AppLink to={`/dossiers/${h.caseId}`}>{h.name}</AppLink> ({t(`afsluiten.relation.${h.relation}`)}) — {t(`case.status.${h.status as 'aangemeld'}`, { defaultValue: h.status })}
              {h.pip ? `; ${t('afsluiten.household.pip', { route: h.pip.route ?? '—', date: formatDate(h.pip.issuedOn, language) })}` : `; ${t('afsluiten.household.noPip')}`}
              {h.nextMeeting ? `; ${t('afsluiten.household.next', { kind: t(`afsluiten.meeting.${h.nextMeeting.kind as 'intakegesprek'}`, { defaultValue: t('afsluiten.meeting.other') }), at: formatDateTime(h.nextMeeting.plannedAt, language) })}` : `; ${t('afsluiten.household.noNext')}`}
              {canWrite ? (
                <>
                  {' '}
                  <SecondaryActionButton type="button" onClick={() => void run(() => unlinkHousehold(caseId, h.caseId))}>
                    {t('afsluiten.household.unlink', { name: h.name })}
                  </SecondaryActionButton>
                </>
              ) : null}
            </UnorderedListItem>
          ))}
        </UnorderedList>
      )}
      {error ? <ErrorAlert error={error} headingLevel={4} /> : null}
      {canWrite ? (
        <form noValidate className="koers-form" aria-labelledby="huishouden-heading" onSubmit={(e) => void find(e)}>
          <TextField id="huishouden-zoek" label={t('afsluiten.household.search')} value={search} onChange={(e) => setSearch(e.target.value)} />
          <RadioGroup
            id="huishouden-relatie"
            legend={t('afsluiten.household.relation')}
            options={householdRelations.map((r) => ({ value: r, label: t(`afsluiten.relation.${r}`) }))}
            value={relation}
            onChange={setRelation}
          />
          <ButtonGroup>
            <SecondaryActionButton type="submit">{t('afsluiten.household.find')}</SecondaryActionButton>
          </ButtonGroup>
          {found !== null ? (
            found.length === 0 ? (
              <Paragraph>{t('afsluiten.household.none')}</Paragraph>
            ) : (
              <UnorderedList data-testid="household-candidates">
                {found.map((c) => (
                  <UnorderedListItem key={c.id}>
                    {c.givenNames} {c.familyName} ({formatDate(c.birthDate, language)}){' '}
                    <SecondaryActionButton type="button" onClick={() => void run(() => linkHousehold(caseId, { otherCaseId: c.id, relation }))}>
                      {t('afsluiten.household.link', { name: `${c.givenNames} ${c.familyName}` })}
                    </SecondaryActionButton>
                  </UnorderedListItem>
                ))}
              </UnorderedList>
            )
          ) : null}
        </form>
      ) : null}
    </>
  );
}

/**
 * Household, moves and closing/reopening of a case: self-contained (loads the case and its links
 * itself), hooked into the case file as the section 'afsluiten'.
 */
export function AfsluitenSection({ caseId }: { caseId: string }) {
  const { t } = useTranslation();
  const user = useUser();
  const canWrite = user.permissions.includes('case:write');
  const { data, error } = useClosingQuery(caseId);
  const changed = useCaseChanged(caseId);
  const kase = data?.kase ?? null;
  const links = data?.links ?? null;
  const [mode, setMode] = useState<'view' | 'close' | 'reopen'>('view');
  const [result, setResult] = useState<CloseResult | null>(null);
  const [reopened, setReopened] = useState(false);


  return (
    <section aria-labelledby="afsluiten-heading" data-testid="afsluiten-section">
      <Heading2 id="afsluiten-heading" tabIndex={-1}>
        {t('afsluiten.title')}
      </Heading2>
      {error ? (
        <ErrorAlert error={error} headingLevel={3} />
      ) : !kase || !links ? (
        <Loading />
      ) : (
        <>
          {kase.status === 'gesloten' ? <ClosedLine kase={kase} /> : null}
          {result ? (
            <Alert type="ok" role="status" className="koers-alert" data-testid="close-result">
              <Paragraph>{t('afsluiten.close.done')}</Paragraph>
              {result.followUps.length ? (
                <UnorderedList>
                  {result.followUps.map((f) => (
                    <UnorderedListItem key={f.code}>{t(`afsluiten.followUp.${f.code}`)}</UnorderedListItem>
                  ))}
                </UnorderedList>
              ) : null}
            </Alert>
          ) : null}
          {reopened ? (
            <Alert type="ok" role="status" className="koers-alert" data-testid="reopen-result">
              <Paragraph>{t('afsluiten.reopen.done')}</Paragraph>
            </Alert>
          ) : null}
          {mode === 'close' ? (
            <CloseForm
              kase={kase}
              onCancel={() => setMode('view')}
              onClosed={(r) => {
                setResult(r);
                setReopened(false);
                setMode('view');
                void changed('afsluiten');
              }}
            />
          ) : mode === 'reopen' ? (
            <ReopenForm
              kase={kase}
              onCancel={() => setMode('view')}
              onReopened={() => {
                setReopened(true);
                setResult(null);
                setMode('view');
                void changed('afsluiten');
              }}
            />
          ) : canWrite ? (
            <ButtonGroup>
              {kase.status === 'gesloten' ? (
                <SecondaryActionButton type="button" onClick={() => setMode('reopen')}>
                  {t('afsluiten.reopen.open')}
                </SecondaryActionButton>
              ) : (
                <SecondaryActionButton type="button" onClick={() => setMode('close')}>
                  {t('afsluiten.close.open')}
                </SecondaryActionButton>
              )}
            </ButtonGroup>
          ) : null}
          <Moves caseId={caseId} links={links} canWrite={canWrite} canExport={user.permissions.includes('case:read-sensitive')} />
          <Household caseId={caseId} gemeenteId={kase.gemeenteId} links={links} canWrite={canWrite && kase.status !== 'gesloten'} onChanged={() => void changed('afsluiten')} />
          {canWrite && kase.status === 'gesloten' ? <Paragraph>{t('afsluiten.household.closed')}</Paragraph> : null}
        </>
      )}
    </section>
  );
}
