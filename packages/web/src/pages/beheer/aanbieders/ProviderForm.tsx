// Add or edit a provider: name, kinds and DUO's instellingsnummer (ADR 0116).
import { ButtonGroup, Fieldset, FieldsetLegend, FormFieldCheckbox, FormFieldDescription, FormFieldErrorMessage, Heading2, PrimaryActionButton, SecondaryActionButton } from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { createProvider, providerKinds, updateProvider, type Provider, type ProviderKind } from '../../../api/providers.ts';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { TextField } from '../../../components/TextField.tsx';
import { fieldErrorOf, hasFieldError } from './fieldErrors.ts';

const fields = ['name', 'kinds', 'instellingsnummer'] as const;

export function ProviderForm({ editing, onSaved, onCancel }: { editing: Provider | null; onSaved: (name: string) => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const [name, setName] = useState(editing?.name ?? '');
  const [kinds, setKinds] = useState<ProviderKind[]>(() => providerKinds.filter((k) => editing?.kinds.some((e) => e.kind === k)));
  const [instellingsnummer, setInstellingsnummer] = useState(editing?.instellingsnummer ?? '');
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const values = { name, kinds, instellingsnummer: instellingsnummer.trim() === '' ? null : instellingsnummer.trim() };
      const saved = editing ? await updateProvider(editing.id, editing.version, values) : await createProvider(values);
      onSaved(saved.name);
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  }
  const fieldError = fieldErrorOf(error);
  const kindsError = fieldError('kinds');
  return (
    <form noValidate className="koers-form koers-panel" aria-labelledby="provider-form-heading" onSubmit={(e) => void submit(e)} data-testid="provider-form">
      <Heading2 id="provider-form-heading">{editing ? t('aanbieders.editProvider', { name: editing.name }) : t('aanbieders.addProvider')}</Heading2>
      {error && !hasFieldError(error, fields) ? <ErrorAlert error={error} headingLevel={3} /> : null}
      <TextField id="provider-name" label={t('aanbieders.name')} value={name} required error={fieldError('name')} onChange={(e) => setName(e.target.value)} />
      <Fieldset invalid={Boolean(kindsError)} className="koers-fieldset" aria-describedby={kindsError ? 'provider-kinds-error' : 'provider-kinds-hint'}>
        <FieldsetLegend>{t('aanbieders.kinds')}</FieldsetLegend>
        <FormFieldDescription id="provider-kinds-hint">{t('aanbieders.kindsHint')}</FormFieldDescription>
        {kindsError ? <FormFieldErrorMessage id="provider-kinds-error">{kindsError}</FormFieldErrorMessage> : null}
        {providerKinds.map((k) => (
          <FormFieldCheckbox
            key={k}
            name="kinds"
            value={k}
            label={t(`aanbieders.kind.${k}`)}
            checked={kinds.includes(k)}
            onChange={(e) => setKinds(e.target.checked ? providerKinds.filter((x) => x === k || kinds.includes(x)) : kinds.filter((x) => x !== k))}
          />
        ))}
      </Fieldset>
      <TextField
        id="provider-instellingsnummer"
        label={t('aanbieders.instellingsnummer')}
        description={t('aanbieders.instellingsnummerHint')}
        value={instellingsnummer}
        error={fieldError('instellingsnummer')}
        onChange={(e) => setInstellingsnummer(e.target.value.toUpperCase())}
      />
      <ButtonGroup>
        <PrimaryActionButton type="submit" busy={busy} disabled={busy}>
          {editing ? t('aanbieders.saveProvider') : t('aanbieders.addProvider')}
        </PrimaryActionButton>
        {editing ? (
          <SecondaryActionButton type="button" onClick={onCancel}>
            {t('aanbieders.cancel')}
          </SecondaryActionButton>
        ) : null}
      </ButtonGroup>
    </form>
  );
}
