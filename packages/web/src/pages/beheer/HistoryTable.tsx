// The history of a gemeente and its settings: when, who, and each change as "field: from → to",
// with the fields named by their Dutch labels (never the internal keys).
import { Heading2, Paragraph, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, UnorderedList, UnorderedListItem } from '@utrecht/component-library-react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { HistoryEntry } from '../../api/beheer.ts';
import { ScrollTable } from '../../components/ScrollTable.tsx';
import { fieldLabel, formatValue } from './settingLabels.ts';

function formatDateTime(value: string, language: string): string {
  return new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : 'nl-NL', { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(value));
}

function describe(t: TFunction, path: string, change: { from: unknown; to: unknown }): string {
  return t('beheer.history.change', { field: fieldLabel(t, path), from: formatValue(t, path, change.from), to: formatValue(t, path, change.to) });
}

export function HistoryTable({ entries, name }: { entries: readonly HistoryEntry[]; name: string }) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'nl';
  return (
    <section aria-labelledby="gemeente-history" className="koers-section">
      <Heading2 id="gemeente-history">{t('beheer.history.title')}</Heading2>
      {entries.length === 0 ? (
        <Paragraph>{t('beheer.history.empty')}</Paragraph>
      ) : (
        <ScrollTable captionId="gemeente-history-caption" testId="gemeente-history" caption={t('beheer.history.caption', { name })}>
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col">{t('beheer.history.when')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('beheer.history.who')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('beheer.history.what')}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {[...entries].reverse().map((e) => (
              <TableRow key={e.id}>
                <TableCell>{formatDateTime(e.at, language)}</TableCell>
                <TableCell>{e.actorName}</TableCell>
                <TableCell>
                  {e.action === 'create' ? <Paragraph className="koers-compact">{t('beheer.history.created')}</Paragraph> : null}
                  <UnorderedList className="koers-compact-list">
                    {Object.entries(e.changes).map(([path, change]) => (
                      <UnorderedListItem key={path}>{describe(t, path, change)}</UnorderedListItem>
                    ))}
                  </UnorderedList>
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </ScrollTable>
      )}
    </section>
  );
}
