// The hosting party's page: the installation's organisations, and a form to add one with its first
// gemeente(n) and first beheerder. No case data and no users are shown here.
import { Alert, Button, ButtonGroup, Fieldset, FieldsetLegend, Heading2, Paragraph, PrimaryActionButton, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import { useCallback, useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../api/client.ts';
import { createOrganisation, getOrganisations, type OrganisationView } from '../../api/beheer.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { Loading } from '../../components/RequireAuth.tsx';
import { ScrollTable } from '../../components/ScrollTable.tsx';
import { TextField } from '../../components/TextField.tsx';

interface GemeenteRow {
  key: number;
  name: string;
  code: string;
  oin: string;
}

const emptyRow = (key: number): GemeenteRow => ({ key, name: '', code: '', oin: '' });

function OrganisationsTable({ organisations }: { organisations: readonly OrganisationView[] }) {
  const { t, i18n } = useTranslation();
  const date = new Intl.DateTimeFormat(i18n.resolvedLanguage === 'en' ? 'en-GB' : 'nl-NL', { dateStyle: 'medium' });
  return (
    <ScrollTable captionId="organisations-caption" testId="organisations-table" caption={t('beheer.hosting.caption')}>
      <TableHeader>
        <TableRow>
          <TableHeaderCell scope="col">{t('beheer.hosting.name')}</TableHeaderCell>
          <TableHeaderCell scope="col">{t('beheer.hosting.gemeenten')}</TableHeaderCell>
          <TableHeaderCell scope="col">{t('beheer.hosting.beheerders')}</TableHeaderCell>
          <TableHeaderCell scope="col">{t('beheer.hosting.created')}</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {organisations.map((o) => (
          <TableRow key={o.id}>
            <TableHeaderCell scope="row">{o.name}</TableHeaderCell>
            <TableCell>{o.gemeenten.length ? o.gemeenten.map((g) => `${g.name} (${g.code})`).join(', ') : t('beheer.hosting.none')}</TableCell>
            <TableCell>{o.beheerders}</TableCell>
            <TableCell>{date.format(new Date(o.createdAt))}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </ScrollTable>
  );
}

/** One gemeente of the new organisation: name, CBS code and OIN. */
function GemeenteRowFieldset({
  row,
  i,
  count,
  errors,
  idFor,
  setRow,
  onRemove,
}: {
  row: GemeenteRow;
  i: number;
  count: number;
  errors: Record<string, string>;
  idFor: (field: string) => string;
  setRow: (key: 'name' | 'code' | 'oin', value: string) => void;
  onRemove: () => void;
}) {
  const { t } = useTranslation();
  return (
    <Fieldset>
      <FieldsetLegend>{t('beheer.hosting.gemeenteLegend', { n: i + 1 })}</FieldsetLegend>
      <TextField id={idFor(`gemeenten.${i}.name`)} autoComplete="off" label={t('beheer.gemeenten.name')} value={row.name} error={errors[`gemeenten.${i}.name`]} required onChange={(e) => setRow('name', e.target.value)} />
      <TextField
        id={idFor(`gemeenten.${i}.code`)}
        inputMode="numeric"
        autoComplete="off"
        label={t('beheer.gemeenten.code')}
        description={t('beheer.gemeenten.codeHint')}
        value={row.code}
        error={errors[`gemeenten.${i}.code`]}
        required
        onChange={(e) => setRow('code', e.target.value)}
      />
      <TextField
        id={idFor(`gemeenten.${i}.oin`)}
        inputMode="numeric"
        autoComplete="off"
        label={t('beheer.gemeenten.oin')}
        description={t('beheer.gemeenten.oinHint')}
        value={row.oin}
        error={errors[`gemeenten.${i}.oin`]}
        onChange={(e) => setRow('oin', e.target.value)}
      />
      {count > 1 ? (
        <Button type="button" appearance="subtle-button" onClick={onRemove}>
          {t('beheer.hosting.removeGemeente', { n: i + 1 })}
        </Button>
      ) : null}
    </Fieldset>
  );
}

function NewOrganisationForm({ onCreated }: { onCreated: (notice: string) => void }) {
  const { t } = useTranslation();
  const [name, setName] = useState('');
  const [rows, setRows] = useState<GemeenteRow[]>([emptyRow(0)]);
  const [beheerder, setBeheerder] = useState({ name: '', email: '', password: '' });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const nextKey = useRef(1);

  const idFor = (field: string) => `org-${field.replace(/\./g, '-')}`;

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setBusy(true);
    setErrors({});
    setError(null);
    try {
      const created = await createOrganisation({
        name: name.trim(),
        gemeenten: rows.map((r) => ({ name: r.name.trim(), code: r.code.trim(), oin: r.oin.trim() === '' ? null : r.oin.trim() })),
        beheerder: { name: beheerder.name.trim(), email: beheerder.email.trim(), password: beheerder.password },
      });
      setName('');
      setRows([emptyRow(nextKey.current++)]);
      setBeheerder({ name: '', email: '', password: '' });
      onCreated(t('beheer.hosting.createdNotice', { name: created.name, email: created.beheerder.email }));
    } catch (caught) {
      if (isApiError(caught) && (Object.keys(caught.fields).length || caught.field)) {
        const next: Record<string, string> = { ...caught.fields };
        if (caught.field && !next[caught.field]) next[caught.field] = caught.message;
        setErrors(next);
        const first = Object.keys(next)[0];
        if (first) document.getElementById(idFor(first))?.focus();
      } else setError(caught);
    } finally {
      setBusy(false);
    }
  }

  const setRow = (index: number, key: 'name' | 'code' | 'oin', value: string) => setRows((rs) => rs.map((r, i) => (i === index ? { ...r, [key]: value } : r)));

  return (
    <section aria-labelledby="organisation-new" className="koers-section">
      <Heading2 id="organisation-new">{t('beheer.hosting.add')}</Heading2>
      {error ? <ErrorAlert error={error} /> : null}
      <form noValidate className="koers-form" aria-labelledby="organisation-new" onSubmit={(e) => void submit(e)}>
        <TextField id={idFor('name')} name="name" autoComplete="organization" label={t('beheer.hosting.organisationName')} value={name} error={errors.name} required onChange={(e) => setName(e.target.value)} />
        {rows.map((row, i) => (
          <GemeenteRowFieldset key={row.key} row={row} i={i} count={rows.length} errors={errors} idFor={idFor} setRow={(key, value) => setRow(i, key, value)} onRemove={() => setRows((rs) => rs.filter((_, j) => j !== i))} />
        ))}
        <ButtonGroup>
          <Button type="button" appearance="secondary-action-button" onClick={() => setRows((rs) => [...rs, emptyRow(nextKey.current++)])}>
            {t('beheer.hosting.addGemeente')}
          </Button>
        </ButtonGroup>
        <Fieldset>
          <FieldsetLegend>{t('beheer.hosting.beheerderLegend')}</FieldsetLegend>
          <TextField id={idFor('beheerder.name')} autoComplete="off" label={t('beheer.hosting.beheerderName')} value={beheerder.name} error={errors['beheerder.name']} required onChange={(e) => setBeheerder((b) => ({ ...b, name: e.target.value }))} />
          <TextField id={idFor('beheerder.email')} type="email" autoComplete="off" label={t('beheer.hosting.beheerderEmail')} value={beheerder.email} error={errors['beheerder.email']} required onChange={(e) => setBeheerder((b) => ({ ...b, email: e.target.value }))} />
          <TextField
            id={idFor('beheerder.password')}
            type="password"
            autoComplete="new-password"
            label={t('beheer.hosting.password')}
            description={t('beheer.hosting.passwordHint')}
            value={beheerder.password}
            error={errors['beheerder.password']}
            required
            onChange={(e) => setBeheerder((b) => ({ ...b, password: e.target.value }))}
          />
        </Fieldset>
        <ButtonGroup>
          <PrimaryActionButton type="submit" busy={busy} disabled={busy}>
            {busy ? t('common.saving') : t('beheer.hosting.submit')}
          </PrimaryActionButton>
        </ButtonGroup>
      </form>
    </section>
  );
}

export function HostingPage() {
  const { t } = useTranslation();
  const [organisations, setOrganisations] = useState<OrganisationView[] | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const noticeRef = useRef<HTMLDivElement>(null);
  const load = useCallback(async () => {
    try {
      setOrganisations(await getOrganisations());
    } catch (caught) {
      setError(caught);
    }
  }, []);
  useEffect(() => {
    void load();
  }, [load]);
  useEffect(() => {
    if (notice) noticeRef.current?.focus();
  }, [notice]);
  return (
    <>
      <PageHeading>{t('beheer.hosting.title')}</PageHeading>
      <Paragraph appearance="lead">{t('beheer.hosting.intro')}</Paragraph>
      <div aria-live="polite" className="koers-live">
        {notice ? (
          <Alert type="ok" className="koers-alert" data-testid="hosting-notice" ref={noticeRef} tabIndex={-1}>
            <Paragraph>{notice}</Paragraph>
          </Alert>
        ) : null}
      </div>
      {error ? <ErrorAlert error={error} /> : null}
      {organisations ? <OrganisationsTable organisations={organisations} /> : error ? null : <Loading />}
      <NewOrganisationForm
        onCreated={(message) => {
          setNotice(message);
          void load();
        }}
      />
    </>
  );
}
