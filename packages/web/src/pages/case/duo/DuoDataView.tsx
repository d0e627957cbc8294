// What DUO last gave per resource (case_duo_data), as readable definition lists. DUO's own field
// names (camelCase, from its OpenAPI files) are shown as words; dates in the user's language.
import {
  DataList,
  DataListItem,
  DataListKey,
  DataListValue,
  Heading3,
  Heading4,
  OrderedList,
  OrderedListItem,
  Paragraph,
} from '@utrecht/component-library-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { DuoResourceData } from '../../../api/duo.ts';
import { isKeyOf } from '../../../format/isKeyOf.ts';
import duoCatalog from '../../../i18n/areas/duo.nl.json';
import { formatDateTime, formatDay } from './duoFormat.tsx';

/** 'indicatorInburgeringsplicht' → 'Indicator inburgeringsplicht'. */
export function fieldLabel(name: string): string {
  const words = name
    .replace(/[_-]+/g, ' ')
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function Value({ value }: { value: unknown }): ReactNode {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'nl';
  if (value === null || value === undefined || value === '') return t('duo.data.emptyValue');
  if (typeof value === 'boolean') return value ? t('duo.value.yes') : t('duo.value.no');
  if (typeof value === 'number') return String(value);
  if (typeof value === 'string') {
    if (DAY.test(value)) return formatDay(value, language);
    if (TIMESTAMP.test(value)) return formatDateTime(value, language);
    return value;
  }
  if (Array.isArray(value)) {
    const items: readonly unknown[] = value;
    if (items.length === 0) return t('duo.data.emptyValue');
    return (
      <OrderedList>
        {items.map((item, i) => (
          <OrderedListItem key={i}>
            <Value value={item} />
          </OrderedListItem>
        ))}
      </OrderedList>
    );
  }
  if (isRecord(value)) return <Fields data={value} />;
  return JSON.stringify(value);
}

function Fields({ data }: { data: Record<string, unknown> }) {
  const { t } = useTranslation();
  const entries = Object.entries(data);
  if (entries.length === 0) return <>{t('duo.data.emptyValue')}</>;
  return (
    <DataList className="koers-duo-data">
      {entries.map(([key, value]) => (
        <DataListItem key={key}>
          <DataListKey>{fieldLabel(key)}</DataListKey>
          <DataListValue>
            <Value value={value} />
          </DataListValue>
        </DataListItem>
      ))}
    </DataList>
  );
}

export function DuoDataView({ data }: { data: readonly DuoResourceData[] }) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'nl';
  return (
    <>
      <Heading3 id="duo-data-heading">{t('duo.data.heading')}</Heading3>
      {data.length === 0 ? (
        <Paragraph>{t('duo.data.empty')}</Paragraph>
      ) : (
        data.map((d) => {
          const title = isKeyOf(duoCatalog.resource, d.resource) ? t(`duo.resource.${d.resource}`) : fieldLabel(d.resource);
          return (
            <section key={d.resource} aria-labelledby={`duo-data-${d.resource}`} data-testid={`duo-data-${d.resource}`}>
              <Heading4 id={`duo-data-${d.resource}`}>{title}</Heading4>
              <Paragraph className="koers-duo-fetched">
                {t('duo.data.fetchedAt', { date: formatDateTime(d.fetchedAt, language) })}
              </Paragraph>
              <Value value={d.data} />
            </section>
          );
        })
      )}
    </>
  );
}
