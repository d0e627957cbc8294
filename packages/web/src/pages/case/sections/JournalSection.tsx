import { ButtonGroup, Heading2, Paragraph, SecondaryActionButton, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { getJournal, type Journal, type JournalEntry } from '../../../api/journal.ts';
import { useUser } from '../../../auth/AuthContext.tsx';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { Loading } from '../../../components/RequireAuth.tsx';
import { ScrollTable } from '../../../components/ScrollTable.tsx';
import { formatDate } from '../../../format/dates.ts';
import { isOneOf } from '@koers/domain';
import { JournalEntryForm } from '../journal/JournalEntryForm.tsx';
import type { CasePartProps } from '../caseParts.ts';

const knownKinds = ['gesprek-op-locatie', 'telefoon', 'e-mail', 'videobellen', 'brief', 'huisbezoek', 'overleg-partner', 'overig'] as const;

/** The contactjournaal (ADR 0100): notes of contacts; vertrouwelijke notes only for who may read them, others see how many. */
export function JournalSection({ caseId }: CasePartProps) {
  const { t } = useTranslation();
  const user = useUser();
  const canWrite = user.permissions.includes('case:write');
  const mayMarkSensitive = user.permissions.includes('journal:sensitive');
  const [journal, setJournal] = useState<Journal | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [editing, setEditing] = useState<'new' | JournalEntry | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const noticeRef = useRef<HTMLParagraphElement>(null);

  const load = useCallback(async () => {
    try {
      setJournal(await getJournal(caseId));
      setError(null);
    } catch (caught) {
      setError(caught);
    }
  }, [caseId]);

  useEffect(() => {
    void load();
  }, [load]);

  const saved = () => {
    setEditing(null);
    setNotice(t('journal.saved'));
    void load().then(() => noticeRef.current?.focus());
  };

  return (
    <section aria-labelledby="contactjournaal-heading" data-testid="journal-section">
      <Heading2 id="contactjournaal-heading" tabIndex={-1}>
        {t('journal.title')}
      </Heading2>
      <Paragraph>{t('journal.intro')}</Paragraph>
      {notice ? (
        <Paragraph role="status" ref={noticeRef} tabIndex={-1} data-testid="journal-notice">
          {notice}
        </Paragraph>
      ) : null}
      {error ? (
        <>
          <ErrorAlert error={error} title={t('journal.loadError')} />
          <ButtonGroup>
            <SecondaryActionButton type="button" onClick={() => void load()}>
              {t('common.retry')}
            </SecondaryActionButton>
          </ButtonGroup>
        </>
      ) : !journal ? (
        <Loading />
      ) : (
        <>
          {journal.hiddenSensitive > 0 ? <Paragraph data-testid="journal-hidden">{t('journal.hiddenSensitive', { count: journal.hiddenSensitive })}</Paragraph> : null}
          {journal.entries.length === 0 ? (
            <Paragraph>{t('journal.empty')}</Paragraph>
          ) : (
            <JournalTable entries={journal.entries} canCorrect={editing === null} onCorrect={setEditing} />
          )}
          {editing !== null ? (
            <JournalEntryForm
              key={editing === 'new' ? 'new' : editing.id}
              caseId={caseId}
              {...(editing === 'new' ? {} : { entry: editing })}
              mayMarkSensitive={mayMarkSensitive}
              onSaved={saved}
              onCancel={() => setEditing(null)}
            />
          ) : canWrite ? (
            <ButtonGroup>
              <SecondaryActionButton
                type="button"
                onClick={() => {
                  setNotice(null);
                  setEditing('new');
                }}
              >
                {t('journal.add')}
              </SecondaryActionButton>
            </ButtonGroup>
          ) : null}
        </>
      )}
    </section>
  );
}

/** The entries as a table, each with a correction button when allowed. */
function JournalTable({ entries, canCorrect, onCorrect }: { entries: JournalEntry[]; canCorrect: boolean; onCorrect: (entry: JournalEntry) => void }) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'nl';
  const kindLabel = (kind: string) => (isOneOf(knownKinds, kind) ? t(`journal.kinds.${kind}`) : t('journal.kinds.overig'));
  return (
    <ScrollTable captionId="journal-caption" testId="journal" caption={t('journal.caption')}>
      <TableHeader>
        <TableRow>
          <TableHeaderCell scope="col">{t('journal.contactOn')}</TableHeaderCell>
          <TableHeaderCell scope="col">{t('journal.kind')}</TableHeaderCell>
          <TableHeaderCell scope="col">{t('journal.withWhom')}</TableHeaderCell>
          <TableHeaderCell scope="col">{t('journal.text')}</TableHeaderCell>
          <TableHeaderCell scope="col">{t('journal.by')}</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {entries.map((e) => (
          <TableRow key={e.id}>
            <TableHeaderCell scope="row">{formatDate(e.contactOn, language)}</TableHeaderCell>
            <TableCell>
              {kindLabel(e.kind)}
              {e.sensitive ? <strong className="koers-badge"> ({t('journal.sensitiveBadge')})</strong> : null}
            </TableCell>
            <TableCell>{e.withWhom ?? '—'}</TableCell>
            <TableCell className="koers-journal-text">
              {e.text}
              {e.version > 1 ? <em> ({t('journal.corrected')})</em> : null}
            </TableCell>
            <TableCell>
              {e.createdByName ?? '—'}
              {e.canCorrect && canCorrect ? (
                <ButtonGroup>
                  <SecondaryActionButton type="button" aria-label={t('journal.correctLabel', { date: formatDate(e.contactOn, language) })} onClick={() => onCorrect(e)}>
                    {t('journal.correct')}
                  </SecondaryActionButton>
                </ButtonGroup>
              ) : null}
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </ScrollTable>
  );
}
