// The tables of Beheer → Aanbieders en contracten: the providers, and every contract of them.
import { ButtonGroup, SecondaryActionButton, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import type { Contract, Provider } from '../../../api/providers.ts';
import { ScrollTable } from '../../../components/ScrollTable.tsx';
import { formatDate } from '../../../format/dates.ts';
import { formatEuro } from '../../../format/money.ts';

export function ProvidersTable({ providers, onEdit }: { providers: readonly Provider[]; onEdit: (provider: Provider) => void }) {
  const { t } = useTranslation();
  return (
  <ScrollTable captionId="aanbieders-providers-caption" testId="providers-table" caption={t('aanbieders.providersCaption')}>
    <TableHeader>
      <TableRow>
        <TableHeaderCell scope="col">{t('aanbieders.name')}</TableHeaderCell>
        <TableHeaderCell scope="col">{t('aanbieders.kinds')}</TableHeaderCell>
        <TableHeaderCell scope="col">{t('aanbieders.instellingsnummer')}</TableHeaderCell>
        <TableHeaderCell scope="col">{t('aanbieders.contractCount')}</TableHeaderCell>
        <TableHeaderCell scope="col">{t('aanbieders.actions')}</TableHeaderCell>
      </TableRow>
    </TableHeader>
    <TableBody>
      {providers.map((p) => (
        <TableRow key={p.id}>
          <TableHeaderCell scope="row">{p.name}</TableHeaderCell>
          <TableCell>{p.kinds.map((k) => t(`aanbieders.kind.${k.kind}`, { defaultValue: k.label })).join(', ')}</TableCell>
          <TableCell>{p.instellingsnummer ?? t('aanbieders.noInstellingsnummer')}</TableCell>
          <TableCell>{p.contracts.length}</TableCell>
          <TableCell>
            <SecondaryActionButton type="button" aria-label={t('aanbieders.editProviderLabel', { name: p.name })} onClick={() => onEdit(p)}>
              {t('aanbieders.edit')}
            </SecondaryActionButton>
          </TableCell>
        </TableRow>
      ))}
    </TableBody>
  </ScrollTable>
  );
}

export function ContractsTable({ contracts, onEdit }: { contracts: readonly Contract[]; onEdit: (contract: Contract) => void }) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'nl';
  return (
  <ScrollTable captionId="aanbieders-contracts-caption" testId="contracts-table" caption={t('aanbieders.contractsCaption')}>
    <TableHeader>
      <TableRow>
        <TableHeaderCell scope="col">{t('aanbieders.contractName')}</TableHeaderCell>
        <TableHeaderCell scope="col">{t('aanbieders.provider')}</TableHeaderCell>
        <TableHeaderCell scope="col">{t('aanbieders.gemeenten')}</TableHeaderCell>
        <TableHeaderCell scope="col">{t('aanbieders.routes')}</TableHeaderCell>
        <TableHeaderCell scope="col">{t('aanbieders.keurmerk')}</TableHeaderCell>
        <TableHeaderCell scope="col">{t('aanbieders.locations')}</TableHeaderCell>
        <TableHeaderCell scope="col">{t('aanbieders.reportingEveryWeeks')}</TableHeaderCell>
        <TableHeaderCell scope="col">{t('aanbieders.period')}</TableHeaderCell>
        <TableHeaderCell scope="col">{t('aanbieders.actions')}</TableHeaderCell>
      </TableRow>
    </TableHeader>
    <TableBody>
      {contracts.map((c) => (
        <TableRow key={c.id}>
          <TableHeaderCell scope="row">{c.name}</TableHeaderCell>
          <TableCell>{c.providerName}</TableCell>
          <TableCell>{c.gemeenten.map((g) => g.name).join(', ')}</TableCell>
          <TableCell>{c.routes.map((r) => `${t(`aanbieders.route.${r.route}`, { defaultValue: r.label })}: ${formatEuro(r.priceCents)}`).join('; ')}</TableCell>
          <TableCell>
            {c.keurmerk.kind === 'geen' ? t('aanbieders.keurmerkKind.geen') : `${t(`aanbieders.keurmerkKind.${c.keurmerk.kind}`, { defaultValue: c.keurmerk.label })} (${c.keurmerk.statusLabel}${c.keurmerk.validUntil ? `, ${formatDate(c.keurmerk.validUntil, language)}` : ''})`}
          </TableCell>
          <TableCell>
            {c.locations.map((l) => `${l.name}${l.startMoments.length ? `: ${l.startMoments.map((m) => formatDate(m, language)).join(', ')}` : ''}`).join('; ')}
          </TableCell>
          <TableCell>{t('aanbieders.reportingValue', { count: c.reportingEveryWeeks })}</TableCell>
          <TableCell>{t('aanbieders.periodValue', { from: formatDate(c.startsOn, language), to: formatDate(c.endsOn, language) })}</TableCell>
          <TableCell>
            <ButtonGroup>
              <SecondaryActionButton type="button" aria-label={t('aanbieders.editContractLabel', { name: c.name })} onClick={() => onEdit(c)}>
                {t('aanbieders.edit')}
              </SecondaryActionButton>
            </ButtonGroup>
          </TableCell>
        </TableRow>
      ))}
    </TableBody>
  </ScrollTable>
  );
}
