// Beheer → Aanbieders en contracten (R12, ADR 0116): the organisation's providers and their
// contracts, for whoever holds contracts:manage. The API refuses a stale version (409) and names
// the field of every validation error; both show where the user acted.
import { Heading2, Paragraph, UnorderedList, UnorderedListItem } from '@utrecht/component-library-react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { getProviders, providersQueryKey, type Contract, type Provider } from '../../../api/providers.ts';
import { AppLink } from '../../../components/AppLink.tsx';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { PageHeading } from '../../../components/PageHeading.tsx';
import { Loading } from '../../../components/RequireAuth.tsx';
import { ActionNotice } from '../../../components/RowAction.tsx';
import { ContractsTable, ProvidersTable } from './AanbiedersTables.tsx';
import { ContractForm } from './ContractForm.tsx';
import { ProviderForm } from './ProviderForm.tsx';

function AanbiedersContents() {
  const { t } = useTranslation();
  return (
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
  );
}

export function AanbiedersPage() {
  const { t } = useTranslation();
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
      <AanbiedersContents />
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
              <ProvidersTable providers={data.providers} onEdit={(p) => edit('provider-form-heading', () => setEditingProvider(p))} />
            )}
            <ProviderForm key={editingProvider ? `${editingProvider.id}-${editingProvider.version}` : 'new'} editing={editingProvider} onCancel={() => setEditingProvider(null)} onSaved={(name) => saved(t('aanbieders.providerSaved', { name }))} />
          </section>
          <section aria-labelledby="aanbieders-contracts" className="koers-section">
            <Heading2 id="aanbieders-contracts">{t('aanbieders.contracts')}</Heading2>
            {contracts.length === 0 ? (
              <Paragraph>{t('aanbieders.noContracts')}</Paragraph>
            ) : (
              <ContractsTable contracts={contracts} onEdit={(c) => edit('contract-form-heading', () => setEditingContract(c))} />
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
