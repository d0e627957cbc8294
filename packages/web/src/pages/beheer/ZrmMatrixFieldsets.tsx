// The two lists of the ZRM matrix form: the life domains and the levels of the scale, each row with
// its own error and a button to remove it, and a button to add one.
import { ButtonGroup, Heading3, Paragraph, SecondaryActionButton } from '@utrecht/component-library-react';
import type { Dispatch, SetStateAction } from 'react';
import { useTranslation } from 'react-i18next';
import { TextField } from '../../components/TextField.tsx';

const MAX_DOMAINS = 20;
const MIN_LEVELS = 2;
const MAX_LEVELS = 10;

export interface DomainRow {
  /** The stored code, or null for a domain added in this form. */
  key: string | null;
  label: string;
}

type FieldError = (field: string) => string | undefined;

export function DomainsFieldset({ domains, setDomains, fieldError }: { domains: readonly DomainRow[]; setDomains: Dispatch<SetStateAction<DomainRow[]>>; fieldError: FieldError }) {
  const { t } = useTranslation();
  const listError = fieldError('matrix.domains');
  const domainError = (i: number) => fieldError(`matrix.domains.${i}.label`) ?? fieldError(`matrix.domains.${i}.key`);
  return (
    <fieldset className="koers-fieldset" aria-describedby={listError ? 'zrm-domains-error' : undefined}>
      <legend>
        <Heading3>{t('beheer.zrm.domains')}</Heading3>
      </legend>
      {listError ? (
        <Paragraph id="zrm-domains-error" className="utrecht-form-field-error-message">
          {listError}
        </Paragraph>
      ) : null}
      {domains.map((d, i) => (
        <div key={i} className="koers-zrm-row" data-testid="zrm-domain">
          <TextField
            id={`zrm-domain-${i}`}
            label={t('beheer.zrm.domainLabel', { n: i + 1 })}
            value={d.label}
            maxLength={80}
            error={domainError(i)}
            onChange={(e) => setDomains((all) => all.map((x, j) => (j === i ? { ...x, label: e.target.value } : x)))}
          />
          <SecondaryActionButton type="button" disabled={domains.length <= 1} onClick={() => setDomains((all) => all.filter((_, j) => j !== i))}>
            {t('beheer.zrm.removeDomain', { n: i + 1 })}
          </SecondaryActionButton>
        </div>
      ))}
      <ButtonGroup>
        <SecondaryActionButton type="button" disabled={domains.length >= MAX_DOMAINS} onClick={() => setDomains((all) => [...all, { key: null, label: '' }])}>
          {t('beheer.zrm.addDomain')}
        </SecondaryActionButton>
      </ButtonGroup>
    </fieldset>
  );
}

export function ScaleFieldset({ scale, setScale, fieldError }: { scale: readonly string[]; setScale: Dispatch<SetStateAction<string[]>>; fieldError: FieldError }) {
  const { t } = useTranslation();
  const scaleListError = fieldError('matrix.scale');
  return (
    <fieldset className="koers-fieldset" aria-describedby={scaleListError ? 'zrm-scale-error' : undefined}>
      <legend>
        <Heading3>{t('beheer.zrm.scale')}</Heading3>
      </legend>
      <Paragraph>{t('beheer.zrm.scaleIntro')}</Paragraph>
      {scaleListError ? (
        <Paragraph id="zrm-scale-error" className="utrecht-form-field-error-message">
          {scaleListError}
        </Paragraph>
      ) : null}
      {scale.map((s, i) => (
        <div key={i} className="koers-zrm-row" data-testid="zrm-level">
          <TextField
            id={`zrm-level-${i}`}
            label={t('beheer.zrm.levelLabel', { n: i + 1 })}
            value={s}
            maxLength={80}
            error={fieldError(`matrix.scale.${i}`)}
            onChange={(e) => setScale((all) => all.map((x, j) => (j === i ? e.target.value : x)))}
          />
          <SecondaryActionButton type="button" disabled={scale.length <= MIN_LEVELS} onClick={() => setScale((all) => all.filter((_, j) => j !== i))}>
            {t('beheer.zrm.removeLevel', { n: i + 1 })}
          </SecondaryActionButton>
        </div>
      ))}
      <ButtonGroup>
        <SecondaryActionButton type="button" disabled={scale.length >= MAX_LEVELS} onClick={() => setScale((all) => [...all, ''])}>
          {t('beheer.zrm.addLevel')}
        </SecondaryActionButton>
      </ButtonGroup>
    </fieldset>
  );
}
