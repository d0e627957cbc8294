// On the werkvoorraad: what the DUO koppeling asks of the team that no case carries — a stop after
// DUO answered outside its spec, or notifications that could not be processed for someone without
// a case — with a link to the DUO page. (Failures of a case are signals in the list itself.)
import { Alert, Paragraph } from '@utrecht/component-library-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { getDuoStatus } from '../../api/duo.ts';
import { AppLink } from '../../components/AppLink.tsx';

export function DuoAttention() {
  const { t } = useTranslation();
  const [counts, setCounts] = useState<{ stops: number; failing: number } | null>(null);
  useEffect(() => {
    let cancelled = false;
    getDuoStatus({ failures: false })
      .then((s) => {
        if (cancelled) return;
        setCounts({ stops: s.gemeenten.reduce((n, g) => n + g.stops.length, 0), failing: s.gemeenten.reduce((n, g) => n + g.inbox.failingWithoutCase, 0) });
      })
      // The notice is extra: without it the werkvoorraad still works.
      .catch(() => undefined);
    return () => {
      cancelled = true;
    };
  }, []);
  if (!counts || (counts.stops === 0 && counts.failing === 0)) return null;
  return (
    <Alert type="warning" className="koers-alert" data-testid="duo-attention">
      <Paragraph>{t('duo.status.attention', { stops: t('duo.status.attentionStops', { count: counts.stops }), failing: t('duo.status.attentionFailing', { count: counts.failing }) })}</Paragraph>
      <Paragraph>
        <AppLink to="/duo-meldingen">{t('duo.status.attentionLink')}</AppLink>
      </Paragraph>
    </Alert>
  );
}
