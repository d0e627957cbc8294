// Beheer → Aanbieders en contracten (R12, ADR 0116): the organisation's providers and their
// contracts, for whoever holds contracts:manage. The API refuses a stale version (409) and names
// the field of every validation error; both show where the user acted.
import { ButtonGroup, Heading2, Paragraph, SecondaryActionButton, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, UnorderedList, UnorderedListItem } from '@utrecht/component-library-react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { getProviders, providersQueryKey, type Contract, type Provider } from '../../../api/providers.ts';
import { AppLink } from '../../../components/AppLink.tsx';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { PageHeading } from '../../../components/PageHeading.tsx';
import { Loading } from '../../../components/RequireAuth.tsx';
import { ActionNotice } from '../../../components/RowAction.tsx';
import { ScrollTable } from '../../../components/ScrollTable.tsx';
import { formatDate } from '../../../format/dates.ts';
import { formatEuro } from '../../../format/money.ts';
import { ContractForm } from './ContractForm.tsx';
import { ProviderForm } from './ProviderForm.tsx';

export function AanbiedersPage() {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'nl';
  const client = useQueryClient();
  const { data, error } = useQuery({ queryKey: providersQueryKey, queryFn: getProviders });
  const [notice, setNotice] = useState<string | null>(null);
  const [editingProvider, setEditingProvider] = useState<Provider | null>(null);
  const [editingContract, setEditingContract] = useState<Contract | null>(null);
  const noticeRef = useRef<HTMLParagraphElement>(null);

  const saved = (message: string) => {
    setEditingProvider(null);
    setEditingContract(null);
    setNotice(message);
    void client.invalidateQueries({ queryKey: providersQueryKey }).then(() => requestAnimationFrame(() => noticeRef.current?.focus()));
  };
  const edit = (id: string, start: () => void) => {
    setNotice(null);
    start();
    requestAnimationFrame(() => document.getElementById(id)?.scrollIntoView({ block: 'start' }));
  };
  const contracts = data?.providers.flatMap((p) => p.contracts) ?? [];

  return (
    <>
      <PageHeading title={t('aanbieders.title')}>{t('aanbieders.title')}</PageHeading>
      <Paragraph appearance="lead">{t('aanbieders.intro')}</Paragraph>
      <Paragraph>
        <AppLink to="/beheer">{t('aanbieders.backToBeheer')}</AppLink>
      </Paragraph>
      <nav aria-labelledby="aanbieders-contents" className="koers-toc">
        <Heading2 id="aanbieders-contents" className="koers-toc__heading">
          {t('aanbieders.contents')}
        </Heading2>
        <UnorderedList>
          <UnorderedListItem>
            <a className="utrecht-link utrecht-link--html-a" href="#aanbieders-providers">
              {t('aanbieders.providers')}
            </a>
          </UnorderedListItem>
          <UnorderedListItem>
            <a className="utrecht-link utrecht-link--html-a" href="#aanbieders-contracts">
              {t('aanbieders.contracts')}
            </a>
          </UnorderedListItem>
        </UnorderedList>
      </nav>
      <ActionNotice testId="aanbieders-notice" notice={notice} noticeRef={noticeRef} actionError={null} />
      {error ? (
        <ErrorAlert error={error} headingLevel={2} />
      ) : !data ? (
        <Loading />
      ) : (
        <>
          <section aria-labelledby="aanbieders-providers" className="koers-section">
            <Heading2 id="aanbieders-providers">{t('aanbieders.providers')}</Heading2>
            {data.providers.length === 0 ? (
              <Paragraph>{t('aanbieders.noProviders')}</Paragraph>
            ) : (
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
                  {data.providers.map((p) => (
                    <TableRow key={p.id}>
                      <TableHeaderCell scope="row">{p.name}</TableHeaderCell>
                      <TableCell>{p.kinds.map((k) => t(`aanbieders.kind.${k.kind}`, { defaultValue: k.label })).join(', ')}</TableCell>
                      <TableCell>{p.instellingsnummer ?? t('aanbieders.noInstellingsnummer')}</TableCell>
                      <TableCell>{p.contracts.length}</TableCell>
                      <TableCell>
                        <SecondaryActionButton type="button" aria-label={t('aanbieders.editProviderLabel', { name: p.name })} onClick={() => edit('provider-form-heading', () => setEditingProvider(p))}>
                          {t('aanbieders.edit')}
                        </SecondaryActionButton>
                      </TableCell>
                    </TableRow>
                  ))}
                </TableBody>
              </ScrollTable>
            )}
            <ProviderForm key={editingProvider ? `${editingProvider.id}-${editingProvider.version}` : 'new'} editing={editingProvider} onCancel={() => setEditingProvider(null)} onSaved={(name) => saved(t('aanbieders.providerSaved', { name }))} />
          </section>
          <section aria-labelledby="aanbieders-contracts" className="koers-section">
            <Heading2 id="aanbieders-contracts">{t('aanbieders.contracts')}</Heading2>
            {contracts.length === 0 ? (
              <Paragraph>{t('aanbieders.noContracts')}</Paragraph>
            ) : (
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
                          <SecondaryActionButton type="button" aria-label={t('aanbieders.editContractLabel', { name: c.name })} onClick={() => edit('contract-form-heading', () => setEditingContract(c))}>
                            {t('aanbieders.edit')}
                          </SecondaryActionButton>
                        </ButtonGroup>
                      </TableCell>
                    </TableRow>
                  ))}
                </TableBody>
              </ScrollTable>
            )}
            {data.providers.length === 0 ? (
              <Paragraph>{t('aanbieders.needProvider')}</Paragraph>
            ) : (
              <ContractForm
                key={editingContract ? `${editingContract.id}-${editingContract.version}` : 'new'}
                providers={data.providers}
                gemeenten={data.gemeenten}
                editing={editingContract}
                onCancel={() => setEditingContract(null)}
                onSaved={(name) => saved(t('aanbieders.contractSaved', { name }))}
              />
            )}
          </section>
        </>
      )}
    </>
  );
}
