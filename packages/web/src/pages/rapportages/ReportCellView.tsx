import { useTranslation } from 'react-i18next';
import type { ReportCell } from '../../api/dashboard.ts';
import { AppLink } from '../../components/AppLink.tsx';

/** A number of the dashboard: a link to the list behind it where the role may see cases, "minder dan 5" when suppressed. */
export function ReportCellView({ cell, listLabel }: { cell: ReportCell; listLabel: string }) {
  const { t, i18n } = useTranslation();
  if (cell.kind === 'suppressed') return <span className="koers-suppressed">{t('rapportages.suppressed', { below: cell.below })}</span>;
  const text = cell.value.toLocaleString(i18n.resolvedLanguage ?? 'nl');
  return cell.href ? (
    <AppLink to={cell.href} aria-label={t('rapportages.openList', { count: cell.value, list: listLabel })}>
      {text}
    </AppLink>
  ) : (
    <>{text}</>
  );
}

export function cellText(cell: ReportCell | undefined, suppressedText: (below: number) => string): { value: number; display: string } {
  if (cell === undefined) return { value: 0, display: '0' };
  return cell.kind === 'count' ? { value: cell.value, display: String(cell.value) } : { value: 0, display: suppressedText(cell.below) };
}
