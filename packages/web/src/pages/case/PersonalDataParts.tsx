// Parts of the personal data form: the error summary that links to each field, and the permit.
import { Alert, Fieldset, FieldsetLegend, Heading4, UnorderedList, UnorderedListItem } from '@utrecht/component-library-react';
import type { RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { SelectField } from '../../components/form/SelectField.tsx';
import { allFields, type Field, type Permit, type Purpose } from './personalData.ts';

export function ErrorSummary({ errors, label, summaryRef }: { errors: Partial<Record<Field, string>>; label: (f: Field) => string; summaryRef: RefObject<HTMLDivElement | null> }) {
  const { t } = useTranslation();
  const entries = allFields.flatMap((f) => {
    const message = errors[f];
    return message ? [{ f, message }] : [];
  });
  if (entries.length === 0) return null;
  return (
    <div ref={summaryRef} tabIndex={-1} data-testid="edit-error-summary">
      <Alert type="error" role="alert" className="koers-alert">
        <Heading4 className="koers-alert__title">{t('case.new.errorsTitle')}</Heading4>
        <UnorderedList>
          {entries.map(({ f, message }) => (
            <UnorderedListItem key={f}>
              <a className="utrecht-link" href={`#edit-${f}`}>
                {label(f)}: {message}
              </a>
            </UnorderedListItem>
          ))}
        </UnorderedList>
      </Alert>
    </div>
  );
}

export function PermitFields(props: { permit: Permit; setPermit: (p: Permit) => void; permitPurpose: Purpose; setPermitPurpose: (p: Purpose) => void; errors: Partial<Record<Field, string>> }) {
  const { t } = useTranslation();
  const { permit, errors } = props;
  return (
    <Fieldset className="koers-fieldset">
      <FieldsetLegend>{t('case.new.permit')}</FieldsetLegend>
      <SelectField
        id="edit-permit"
        label={t('case.new.permitType')}
        value={permit}
        error={errors.permit}
        required
        options={[
          { value: 'asiel', label: t('case.new.asiel') },
          { value: 'regulier', label: t('case.new.regulier') },
        ]}
        onChange={props.setPermit}
      />
      {permit === 'regulier' ? (
        <SelectField
          id="edit-permitPurpose"
          label={t('case.new.permitPurpose')}
          value={props.permitPurpose}
          error={errors.permitPurpose}
          options={[
            { value: '', label: t('case.new.purposeUnknown') },
            { value: 'non-temporary', label: t('case.new.purposeNonTemporary') },
            { value: 'temporary', label: t('case.new.purposeTemporary') },
            { value: 'religious-worker', label: t('case.new.purposeReligious') },
          ]}
          onChange={props.setPermitPurpose}
        />
      ) : null}
    </Fieldset>
  );
}
