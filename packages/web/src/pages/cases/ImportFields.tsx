// The import form's fields: which kind of file (a caseload or DUO's TVS list), the caseload's
// templates and gemeente, and the file input itself.
import { FormField, FormFieldDescription, FormFieldErrorMessage, FormLabel, Paragraph } from '@utrecht/component-library-react';
import type { RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { caseloadTemplateUrl } from '../../api/cases.ts';

export type ImportKind = 'tvs' | 'caseload';

export function ImportKindFields({
  kind,
  onKind,
  gemeenten,
  gemeenteId,
  onGemeente,
}: {
  kind: ImportKind;
  onKind: (kind: ImportKind) => void;
  gemeenten: readonly { id: string; name: string }[];
  gemeenteId: string;
  onGemeente: (id: string) => void;
}) {
  const { t } = useTranslation();
  return (
    <>
      <fieldset className="utrecht-form-fieldset koers-field">
        <legend className="utrecht-form-fieldset__legend">{t('case.import.kindLegend')}</legend>
        {(['caseload', 'tvs'] as const).map((k) => (
          <Paragraph key={k}>
            <input type="radio" id={`import-kind-${k}`} name="kind" value={k} checked={kind === k} onChange={() => onKind(k)} className="utrecht-radio-button" />{' '}
            <label htmlFor={`import-kind-${k}`}>{t(k === 'tvs' ? 'case.import.kindTvs' : 'case.import.kindCaseload')}</label>
          </Paragraph>
        ))}
      </fieldset>
      {kind === 'caseload' ? (
        <>
          <Paragraph>
            {t('case.import.templates')}: <a href={caseloadTemplateUrl('xlsx')} download>{t('case.import.templateXlsx')}</a>
            {(['personen', 'pip', 'plaatsingen'] as const).map((sheet) => (
              <span key={sheet}>
                {' · '}
                <a href={caseloadTemplateUrl('csv', sheet)} download>
                  {t('case.import.templateCsv', { sheet })}
                </a>
              </span>
            ))}
          </Paragraph>
          {gemeenten.length > 1 ? (
            <Paragraph>
              <FormLabel htmlFor="import-gemeente">{t('case.import.gemeente')}</FormLabel>{' '}
              <select id="import-gemeente" className="utrecht-select" value={gemeenteId} onChange={(e) => onGemeente(e.target.value)}>
                {gemeenten.map((g) => (
                  <option key={g.id} value={g.id}>
                    {g.name}
                  </option>
                ))}
              </select>
            </Paragraph>
          ) : null}
        </>
      ) : null}
    </>
  );
}

export function ImportFileField({ kind, fileRef, fileError }: { kind: ImportKind; fileRef: RefObject<HTMLInputElement | null>; fileError: string | undefined }) {
  const { t } = useTranslation();
  return (
    <FormField type="text" invalid={Boolean(fileError)} className="koers-field">
      <Paragraph className="utrecht-form-field__label">
        <FormLabel htmlFor="import-file">{kind === 'tvs' ? t('case.import.file') : t('case.import.fileCaseload')}</FormLabel>
      </Paragraph>
      <FormFieldDescription id="import-file-description" className="utrecht-form-field__description">
        {kind === 'tvs' ? t('case.import.fileHint') : t('case.import.fileHintCaseload')}
      </FormFieldDescription>
      {fileError ? (
        <FormFieldErrorMessage id="import-file-error" className="utrecht-form-field__error-message">
          {fileError}
        </FormFieldErrorMessage>
      ) : null}
      <Paragraph className="utrecht-form-field__input">
        <input
          ref={fileRef}
          id="import-file"
          name="file"
          type="file"
          accept={kind === 'tvs' ? '.csv,text/csv' : '.csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'}
          multiple={kind === 'caseload'}
          className="utrecht-textbox utrecht-textbox--html-input"
          aria-invalid={fileError ? true : undefined}
          aria-describedby={['import-file-description', fileError ? 'import-file-error' : ''].filter(Boolean).join(' ')}
        />
      </Paragraph>
    </FormField>
  );
}
