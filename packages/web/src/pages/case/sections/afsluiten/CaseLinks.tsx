// The case's links to other cases: moves between gemeenten (with the handover file) and the household.
import { Alert, ButtonGroup, Heading3, Link, Paragraph, SecondaryActionButton, UnorderedList, UnorderedListItem } from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { listCases, type CaseListItem } from '../../../../api/cases.ts';
import { handoverExportUrl, householdRelations, linkHousehold, requestHandover, unlinkHousehold, type CaseLinks, type HouseholdMember, type HouseholdRelation } from '../../../../api/case-closing.ts';
import { useCaseChanged } from '../../../../api/caseQueries.ts';
import { AppLink } from '../../../../components/AppLink.tsx';
import { ErrorAlert } from '../../../../components/ErrorAlert.tsx';
import { TextField } from '../../../../components/TextField.tsx';
import { formatDate, formatDateTime } from '../../../../format/dates.ts';
import { isOneOf } from '@koers/domain';
import { isCaseStatus } from '../../caseStatus.ts';
import { RadioGroup } from '../../pip/fields.tsx';

const meetingKinds = ['warme-overdracht', 'kennismaking', 'intakegesprek', 'other'] as const;

export function Moves({ caseId, links, canWrite, canExport }: { caseId: string; links: CaseLinks; canWrite: boolean; canExport: boolean }) {
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

export function Household({ caseId, gemeenteId, links, canWrite, onChanged }: { caseId: string; gemeenteId: string; links: CaseLinks; canWrite: boolean; onChanged: () => void }) {
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
            <MemberItem key={h.caseId} member={h} onUnlink={canWrite ? () => void run(() => unlinkHousehold(caseId, h.caseId)) : null} />
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
/** One household member: their case, status, PIP and next meeting; unlinking when allowed. */
function MemberItem({ member: h, onUnlink }: { member: HouseholdMember; onUnlink: (() => void) | null }) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'nl';
  const status = isCaseStatus(h.status) ? t(`case.status.${h.status}`) : h.status;
  const meetingKind = h.nextMeeting && isOneOf(meetingKinds, h.nextMeeting.kind) ? t(`afsluiten.meeting.${h.nextMeeting.kind}`) : t('afsluiten.meeting.other');
  return (
    <UnorderedListItem>
      <AppLink to={`/dossiers/${h.caseId}`}>{h.name}</AppLink> ({t(`afsluiten.relation.${h.relation}`)}) — {status}
      {h.pip ? `; ${t('afsluiten.household.pip', { route: h.pip.route ?? '—', date: formatDate(h.pip.issuedOn, language) })}` : `; ${t('afsluiten.household.noPip')}`}
      {h.nextMeeting ? `; ${t('afsluiten.household.next', { kind: meetingKind, at: formatDateTime(h.nextMeeting.plannedAt, language) })}` : `; ${t('afsluiten.household.noNext')}`}
      {onUnlink ? (
        <>
          {' '}
          <SecondaryActionButton type="button" onClick={onUnlink}>
            {t('afsluiten.household.unlink', { name: h.name })}
          </SecondaryActionButton>
        </>
      ) : null}
    </UnorderedListItem>
  );
}
