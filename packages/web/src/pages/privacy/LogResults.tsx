// The result of a processing-log search: whom it found (cases of the person, or users), then the
// processings newest first — who (name, role), what, when, which activity and purpose — paged.
import { ButtonGroup, Heading3, Paragraph, SecondaryActionButton, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, UnorderedList, UnorderedListItem } from '@utrecht/component-library-react';
import type { RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { LogSearch, LogSearchResult } from '../../api/privacy.ts';
import { ScrollTable } from '../../components/ScrollTable.tsx';
import { formatDate, formatDateTime } from '../../format/dates.ts';

/** Whom the search found: the person's cases, or the users. */
function Found({ byPerson, result, language }: { byPerson: boolean; result: LogSearchResult; language: string }) {
  const { t } = useTranslation();
  return byPerson ? (
    result.cases.length === 0 ? (
      <Paragraph data-testid="privacy-found">{t('privacy.results.noCase')}</Paragraph>
    ) : (
      <>
        <Paragraph>{t('privacy.results.cases', { count: result.cases.length })}</Paragraph>
        <UnorderedList data-testid="privacy-found">
          {result.cases.map((c, i) => (
            <UnorderedListItem key={i}>
              {c.closedOn
                ? t('privacy.results.caseClosed', { gemeente: c.gemeente, opened: formatDate(c.openedOn, language), closed: formatDate(c.closedOn, language) })
                : t('privacy.results.caseOpen', { gemeente: c.gemeente, opened: formatDate(c.openedOn, language) })}
            </UnorderedListItem>
          ))}
        </UnorderedList>
      </>
    )
  ) : result.users.length === 0 ? (
    <Paragraph data-testid="privacy-found">{t('privacy.results.noUser')}</Paragraph>
  ) : (
    <>
      <Paragraph>{t('privacy.results.users', { count: result.users.length })}</Paragraph>
      <UnorderedList data-testid="privacy-found">
        {result.users.map((u) => (
          <UnorderedListItem key={u.email}>
            {u.name} ({u.roleLabel}, {u.email}){u.active ? '' : ` — ${t('privacy.results.inactive')}`}
          </UnorderedListItem>
        ))}
      </UnorderedList>
    </>
  );
}

export function LogResults({
  headingRef,
  search,
  result,
  onPage,
}: {
  headingRef: RefObject<HTMLHeadingElement | null>;
  search: LogSearch;
  result: LogSearchResult;
  onPage: (page: number) => void;
}) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'nl';
  const period = { van: formatDate(result.van, language), tot: formatDate(result.tot, language) };
  const byPerson = search.kind !== 'gebruiker';

  return (
    <section aria-labelledby="privacy-results-heading" data-testid="privacy-results">
      <Heading3 id="privacy-results-heading" ref={headingRef} tabIndex={-1}>
        {t('privacy.results.title', period)}
      </Heading3>
      <Found byPerson={byPerson} result={result} language={language} />

      {result.entries.length === 0 ? (
        <Paragraph data-testid="privacy-empty">{t('privacy.results.empty')}</Paragraph>
      ) : (
        <ScrollTable captionId="privacy-log-caption" testId="privacy-log" caption={t('privacy.results.caption', { page: result.page })} liveCaption>
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col">{t('privacy.results.when')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('privacy.results.who')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('privacy.results.what')}</TableHeaderCell>
              {byPerson ? null : <TableHeaderCell scope="col">{t('privacy.results.subject')}</TableHeaderCell>}
              <TableHeaderCell scope="col">{t('privacy.results.activity')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('privacy.results.purpose')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('privacy.results.gemeente')}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {result.entries.map((e, i) => (
              <TableRow key={`${e.at}-${i}`}>
                <TableHeaderCell scope="row">{formatDateTime(e.at, language)}</TableHeaderCell>
                <TableCell>
                  {e.actorName}
                  {e.actorRoleLabel !== '—' ? <> ({e.actorRoleLabel})</> : null}
                </TableCell>
                <TableCell>
                  {t(`privacy.actions.${e.action}`, { defaultValue: e.actionLabel })}: {e.resourceLabel}
                  {e.status !== 'OK' ? <> — {e.statusLabel}</> : null}
                </TableCell>
                {byPerson ? null : <TableCell>{e.subjectLabel}</TableCell>}
                <TableCell>{e.activityName}</TableCell>
                <TableCell>{e.purpose}</TableCell>
                <TableCell>{e.gemeente ?? t('privacy.results.noGemeente')}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </ScrollTable>
      )}
      {result.page > 1 || result.hasMore ? (
        <nav aria-label={t('privacy.results.pagination')} className="koers-pagination">
          <ButtonGroup>
            <SecondaryActionButton type="button" disabled={result.page <= 1} onClick={() => onPage(result.page - 1)}>
              {t('privacy.results.previous')}
            </SecondaryActionButton>
            <Paragraph>{t('privacy.results.page', { page: result.page })}</Paragraph>
            <SecondaryActionButton type="button" disabled={!result.hasMore} onClick={() => onPage(result.page + 1)}>
              {t('privacy.results.next')}
            </SecondaryActionButton>
          </ButtonGroup>
        </nav>
      ) : null}
    </section>
  );
}
