// Without a contract: the cursusinstelling from DUO's list (with its keurmerk), loaded once.
import { FormField, FormFieldDescription, FormFieldErrorMessage, FormLabel, Paragraph, Select, SelectOption } from '@utrecht/component-library-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { getInstellingen, type Instelling } from '../../../api/traject.ts';

/** DUO's list of instellingen; null while it loads. */
export function useInstellingen(): { instellingen: Instelling[] | null; listError: unknown } {
  const [instellingen, setInstellingen] = useState<Instelling[] | null>(null);
  const [listError, setListError] = useState<unknown>(null);
  useEffect(() => {
    let active = true;
    getInstellingen()
      .then((list) => active && setInstellingen(list))
      .catch((caught: unknown) => active && setListError(caught));
    return () => {
      active = false;
    };
  }, []);
  return { instellingen, listError };
}

export function InstellingSelect({ instellingen, value, error, onChange }: { instellingen: Instelling[] | null; value: string; error: string | undefined; onChange: (value: string) => void }) {
  const { t } = useTranslation();
  const describedBy = ['traject-instelling-description', error ? 'traject-instelling-error' : ''].filter(Boolean).join(' ');
  return (
    <FormField type="select" invalid={Boolean(error)} className="koers-field">
      <Paragraph className="utrecht-form-field__label">
        <FormLabel htmlFor="traject-instelling">{t('traject.form.instelling')}</FormLabel>
      </Paragraph>
      <FormFieldDescription id="traject-instelling-description" className="utrecht-form-field__description">
        {t('traject.form.instellingDescription')}
      </FormFieldDescription>
      {error ? (
        <FormFieldErrorMessage id="traject-instelling-error" className="utrecht-form-field__error-message">
          {error}
        </FormFieldErrorMessage>
      ) : null}
      <Paragraph className="utrecht-form-field__input">
        <Select
          id="traject-instelling"
          value={value}
          invalid={Boolean(error)}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy}
          required
          disabled={!instellingen}
          onChange={(e) => onChange(e.target.value)}
        >
          <SelectOption value="">{t('traject.form.chooseInstelling')}</SelectOption>
          {(instellingen ?? []).map((i) => (
            <SelectOption key={i.instellingsnummer} value={i.instellingsnummer}>
              {i.naam}, {i.plaatsnaam} (
              {[i.keurmerk ? t('traject.form.keurmerk') : null, i.taalschakel ? t('traject.form.taalschakel') : null]
                .filter(Boolean)
                .join(', ') || t('traject.form.noKeurmerk')}
              )
            </SelectOption>
          ))}
        </Select>
      </Paragraph>
    </FormField>
  );
}
