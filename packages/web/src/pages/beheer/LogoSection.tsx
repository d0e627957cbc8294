// Beheer → Gemeenten → Instellingen, the logo: saved on its own (an upload of PNG or JPEG up to 256 kB), or removed.
import { ButtonGroup, Heading2, Paragraph, PrimaryActionButton, SecondaryActionButton } from '@utrecht/component-library-react';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { gemeenteLogoUrl, saveGemeenteLogo, type GemeenteSettingsView } from '../../api/beheer.ts';
import { isApiError } from '../../api/client.ts';
import { FieldShell } from '../../components/form/FieldShell.tsx';

function readAsBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(typeof reader.result === 'string' ? reader.result.replace(/^data:[^,]*,/, '') : '');
    reader.onerror = () => reject(reader.error ?? new Error('read'));
    reader.readAsDataURL(file);
  });
}

export function LogoSection({ view, onSaved }: { view: GemeenteSettingsView; onSaved: (next: GemeenteSettingsView, notice: string) => void }) {
  const { t } = useTranslation();
  const [file, setFile] = useState<File | null>(null);
  const [error, setError] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  const inputRef = useRef<HTMLInputElement>(null);
  async function save(image: string | null, notice: string) {
    setBusy(true);
    setError(undefined);
    try {
      onSaved(await saveGemeenteLogo(view.gemeenteId, view.version, image), notice);
      setFile(null);
      if (inputRef.current) inputRef.current.value = '';
    } catch (caught) {
      setError(isApiError(caught) ? caught.message : t('errors.generic'));
    } finally {
      setBusy(false);
    }
  }
  async function upload(event: FormEvent) {
    event.preventDefault();
    if (!file) return setError(t('beheer.logo.choose'));
    if (file.size > 256 * 1024) return setError(t('beheer.logo.tooLarge'));
    if (!['image/png', 'image/jpeg'].includes(file.type)) return setError(t('beheer.logo.wrongType'));
    await save(await readAsBase64(file), t('beheer.logo.saved'));
  }
  return (
    <section aria-labelledby="settings-logo" className="koers-section">
      <Heading2 id="settings-logo">{t('beheer.settings.section.logo')}</Heading2>
      {view.logo ? (
        <figure className="koers-logo-preview">
          <img src={gemeenteLogoUrl(view.gemeenteId, view.logo.updatedAt)} alt={t('beheer.logo.alt', { name: view.name })} style={{ maxHeight: 80, maxWidth: 240 }} />
          <figcaption>{t('beheer.logo.current')}</figcaption>
        </figure>
      ) : (
        <Paragraph>{t('beheer.logo.none')}</Paragraph>
      )}
      <form noValidate className="koers-form" aria-labelledby="settings-logo" onSubmit={(e) => void upload(e)}>
        <FieldShell id="setting-logo" label={t('beheer.logo.label')} description={t('beheer.logo.hint')} error={error}>
          {(control) => (
            <input
              ref={inputRef}
              id={control.id}
              aria-invalid={control['aria-invalid']}
              aria-describedby={control['aria-describedby']}
              className="utrecht-textbox"
              type="file"
              accept="image/png,image/jpeg"
              onChange={(e) => setFile(e.target.files?.[0] ?? null)}
            />
          )}
        </FieldShell>
        <ButtonGroup>
          <PrimaryActionButton type="submit" disabled={busy}>
            {t('beheer.logo.upload')}
          </PrimaryActionButton>
          {view.logo ? (
            <SecondaryActionButton type="button" disabled={busy} onClick={() => void save(null, t('beheer.logo.removed'))}>
              {t('beheer.logo.remove')}
            </SecondaryActionButton>
          ) : null}
        </ButtonGroup>
      </form>
    </section>
  );
}
