import type { ReactNode } from 'react';
import type { PortaalError } from '../api/client.ts';
import type { Resource } from '../api/useResource.ts';
import { useI18n } from '../i18n/I18n.tsx';

export function errorKey(error: PortaalError): string {
  if (error.status === 0) return 'errors.network';
  if (error.status === 401) return 'errors.sessionEnded';
  if (error.status === 404) return 'errors.notFound';
  if (error.code === 'VERSION_CONFLICT') return 'errors.changed';
  if (error.code === 'AFSPRAAK_GESLOTEN') return 'errors.appointmentClosed';
  if (error.code === 'CASE_CLOSED') return 'documenten.closed';
  if (error.code === 'VERZOEK_AFGEROND') return 'documenten.done';
  if (error.code === 'VALIDATION_FAILED' && error.field === 'file') return 'documenten.wrongType';
  if (error.status === 413) return 'documenten.tooLarge';
  if (error.status === 415) return 'documenten.wrongType';
  if (error.status === 400 || error.status === 422) return 'errors.invalid';
  return 'errors.general';
}

export function ErrorMessage({ error }: { error: PortaalError }) {
  const { t } = useI18n();
  return (
    <div className="utrecht-alert utrecht-alert--error portaal-alert" role="alert">
      <p className="utrecht-paragraph">{t(errorKey(error))}</p>
    </div>
  );
}

export function Empty({ textKey }: { textKey: string }) {
  const { t } = useI18n();
  return <p className="utrecht-paragraph portaal-empty">{t(textKey)}</p>;
}

/** Loading, error or the page's content for a resource. */
export function Loaded<T>({ resource, children }: { resource: Resource<T>; children: (data: T) => ReactNode }) {
  const { t } = useI18n();
  switch (resource.state) {
    case 'loading':
      return (
        <p className="utrecht-paragraph" role="status">
          {t('common.loading')}
        </p>
      );
    case 'error':
      return <ErrorMessage error={resource.error} />;
    case 'ready':
      return <>{children(resource.data)}</>;
  }
}
