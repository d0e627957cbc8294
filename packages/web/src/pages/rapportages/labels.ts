// The dashboard's labels by key: the server sends keys of tables, rows and figures; only keys the
// catalog knows are looked up (typed), anything else shows the server's own text.
import type { TFunction } from 'i18next';
import catalog from '../../i18n/areas/rapportages.nl.json';

type TableId = keyof typeof catalog.table;
type RowKey = keyof typeof catalog.row;
type FigureKey = keyof typeof catalog.figure;
type ValueKey = keyof typeof catalog.value;

const has = <K extends string>(object: Record<K, unknown>, key: string): key is K => Object.prototype.hasOwnProperty.call(object, key);

export function tableText(t: TFunction, id: string, part: 'title' | 'explanation' | 'rowHeader'): string {
  return has(catalog.table, id) ? t(`rapportages.table.${id satisfies TableId}.${part}`) : id;
}

/** A row of a table: the boetes table's statuses have their own keys; route rows arrive as "route:B1". */
export function rowText(t: TFunction, tableId: string, key: string): string {
  const k = tableId === 'boetes' ? `boete_${key}` : key.replace(':', '_');
  return has(catalog.row, k) ? t(`rapportages.row.${k satisfies RowKey}`) : key;
}

export function figureText(t: TFunction, figure: string, value: string): string {
  const name = has(catalog.figure, figure) ? t(`rapportages.figure.${figure satisfies FigureKey}`) : t('rapportages.figure.unknown');
  if (!value) return name;
  return `${name} — ${has(catalog.value, value) ? t(`rapportages.value.${value satisfies ValueKey}`) : value}`;
}
