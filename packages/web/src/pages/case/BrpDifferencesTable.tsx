// The differences between the case file and the BRP, each with a tick to take the BRP's value over.
import { Checkbox, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import type { BrpField, BrpLookup } from '../../api/brp.ts';
import { ScrollTable } from '../../components/ScrollTable.tsx';

export function BrpDifferencesTable({
  differences,
  chosen,
  onToggle,
}: {
  differences: BrpLookup['differences'];
  chosen: ReadonlySet<BrpField>;
  onToggle: (field: BrpField, on: boolean) => void;
}) {
  const { t } = useTranslation();
  return (
    <ScrollTable captionId="brp-caption" testId="brp-differences" caption={t('case.brp.caption', { count: differences.length })}>
      <TableHeader>
        <TableRow>
          <TableHeaderCell scope="col">{t('case.brp.field')}</TableHeaderCell>
          <TableHeaderCell scope="col">{t('case.brp.inKoers')}</TableHeaderCell>
          <TableHeaderCell scope="col">{t('case.brp.inBrp')}</TableHeaderCell>
          <TableHeaderCell scope="col">{t('case.brp.takeOver')}</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {differences.map((d) => {
          const field = d.field === 'gemeenteVanInschrijving' ? null : d.field;
          return (
            <TableRow key={d.field}>
              <TableHeaderCell scope="row" lang="nl">
                {d.label}
              </TableHeaderCell>
              <TableCell lang="nl">{d.koers.text}</TableCell>
              <TableCell lang="nl">{d.brp.text}</TableCell>
              <TableCell>
                {d.applicable && field ? (
                  <label className="koers-brp__choice">
                    <Checkbox
                      checked={chosen.has(field)}
                      onChange={(e) => onToggle(field, e.target.checked)}
                      aria-label={t('case.brp.takeOverField', { field: d.label })}
                    />
                    {t('case.brp.takeOverShort')}
                  </label>
                ) : (
                  <span lang="nl">{d.reason ?? t('case.brp.notApplicable')}</span>
                )}
              </TableCell>
            </TableRow>
          );
        })}
      </TableBody>
    </ScrollTable>
  );
}
