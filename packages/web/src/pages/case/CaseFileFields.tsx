// Small building blocks shared by the case-file layout and its parts.
import { DataListItem, DataListKey, DataListValue, Paragraph, UnorderedList, UnorderedListItem } from '@utrecht/component-library-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Explanation } from '../../api/cases.ts';
import { ServerText } from '../../components/ServerText.tsx';

export function ExplanationDetails({ explanation, summaryLabel }: { explanation: Explanation; summaryLabel: string }) {
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
      {'articles' in explanation && explanation.articles.length ? (
        <Paragraph>
          {t('case.file.articles')}: {explanation.articles.join('; ')}
        </Paragraph>
      ) : null}
    </details>
  );
}

export function Field({ label, children }: { label: string; children: ReactNode }) {
  return (
    <DataListItem>
      <DataListKey>{label}</DataListKey>
      <DataListValue>{children === null || children === '' || children === undefined ? '—' : children}</DataListValue>
    </DataListItem>
  );
}
