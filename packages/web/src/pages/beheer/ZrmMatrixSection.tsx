// The zelfredzaamheidsmatrix of the organisation for the beheerder (ADR 0149, 0160): the life
// domains and the scale the begeleiders score on, ZRM 2017 by default. Saved with the version read
// (a stale save is refused); the server validates and records the change in the history. Existing
// domains keep their code (measurements refer to it); a new domain gets one from its name.
import { ButtonGroup, Heading2, Paragraph, PrimaryActionButton, SecondaryActionButton } from '@utrecht/component-library-react';
import { defaultZrmMatrix } from '@koers/domain';
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ZrmMatrix } from '../../api/begeleiding.ts';
import { getZrmMatrixSetting, saveZrmMatrixSetting } from '../../api/zrmMatrix.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { useFormSubmit } from '../../components/form/useFormSubmit.ts';
import { Loading } from '../../components/RequireAuth.tsx';
import { DomainsFieldset, ScaleFieldset, type DomainRow } from './ZrmMatrixFieldsets.tsx';

/** A code for a new domain from its name: lower case letters, digits and dashes, unique in the matrix. */
export function domainKeyFor(label: string, taken: ReadonlySet<string>): string {
  const base =
    label
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .replace(/^(?=[0-9])/, 'l-')
      .slice(0, 34) || 'leefgebied';
  let key = base;
  for (let n = 2; taken.has(key); n += 1) key = `${base}-${n}`;
  return key;
}

function toMatrix(domains: readonly DomainRow[], scale: readonly string[]): ZrmMatrix {
  const taken = new Set(domains.flatMap((d) => (d.key ? [d.key] : [])));
  return {
    domains: domains.map((d) => {
      if (d.key) return { key: d.key, label: d.label.trim() };
      const key = domainKeyFor(d.label, taken);
      taken.add(key);
      return { key, label: d.label.trim() };
    }),
    scale: scale.map((s) => s.trim()),
  };
}

export function ZrmMatrixSection() {
  const { t } = useTranslation();
  const [version, setVersion] = useState<number | null>(null);
  const [isDefault, setIsDefault] = useState(false);
  const [domains, setDomains] = useState<DomainRow[]>([]);
  const [scale, setScale] = useState<string[]>([]);
  const [loadError, setLoadError] = useState<unknown>(null);
  const { busy, error, fieldError, run } = useFormSubmit();
  const [saved, setSaved] = useState(false);

  const fill = (matrix: ZrmMatrix) => {
    setDomains(matrix.domains.map((d) => ({ key: d.key, label: d.label })));
    setScale([...matrix.scale]);
  };

  useEffect(() => {
    let live = true;
    getZrmMatrixSetting()
      .then((s) => {
        if (!live) return;
        fill(s.matrix);
        setVersion(s.version);
        setIsDefault(s.isDefault);
      })
      .catch((caught: unknown) => live && setLoadError(caught));
    return () => {
      live = false;
    };
  }, []);

  async function save(event: FormEvent) {
    event.preventDefault();
    if (version === null) return;
    setSaved(false);
    await run(
      () => saveZrmMatrixSetting(toMatrix(domains, scale), version),
      (result) => {
        fill(result.matrix);
        setVersion(result.version);
        setIsDefault(result.isDefault);
        setSaved(true);
      },
    );
  }

  const domainError = (i: number) => fieldError(`matrix.domains.${i}.label`) ?? fieldError(`matrix.domains.${i}.key`);
  const atField =
    fieldError('matrix.domains') !== undefined || fieldError('matrix.scale') !== undefined || domains.some((_, i) => domainError(i) !== undefined) || scale.some((_, i) => fieldError(`matrix.scale.${i}`) !== undefined);

  return (
    <section aria-labelledby="zrm-matrix-heading" className="koers-section" data-testid="zrm-matrix">
      <Heading2 id="zrm-matrix-heading">{t('beheer.zrm.title')}</Heading2>
      <Paragraph>{t('beheer.zrm.intro')}</Paragraph>
      {loadError ? <ErrorAlert error={loadError} headingLevel={3} /> : null}
      {version === null && !loadError ? <Loading /> : null}
      {version !== null ? (
        <form noValidate className="koers-form" aria-labelledby="zrm-matrix-heading" onSubmit={(e) => void save(e)}>
          <Paragraph data-testid="zrm-matrix-source">{isDefault ? t('beheer.zrm.isDefault') : t('beheer.zrm.isOwn')}</Paragraph>
          {error && !atField ? <ErrorAlert error={error} headingLevel={3} /> : null}
          <DomainsFieldset domains={domains} setDomains={setDomains} fieldError={fieldError} />
          <ScaleFieldset scale={scale} setScale={setScale} fieldError={fieldError} />
          <ButtonGroup>
            <PrimaryActionButton type="submit" busy={busy} disabled={busy}>
              {t('beheer.zrm.save')}
            </PrimaryActionButton>
            <SecondaryActionButton type="button" disabled={busy} onClick={() => fill(defaultZrmMatrix)}>
              {t('beheer.zrm.useDefault')}
            </SecondaryActionButton>
          </ButtonGroup>
          <div aria-live="polite">{saved ? <Paragraph data-testid="zrm-matrix-saved">{t('beheer.zrm.saved')}</Paragraph> : null}</div>
        </form>
      ) : null}
    </section>
  );
}
