// Shared pieces of the DUO screens: status badges with text, operation and SS-code names, and
// times in the user's language (Europe/Amsterdam).
import { StatusBadge } from '@utrecht/component-library-react';
import type { CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import type { DuoEventStatus, DuoMessageStatus } from '../../../api/duo.ts';
import { isKeyOf } from '../../../format/isKeyOf.ts';
import duoCatalog from '../../../i18n/areas/duo.nl.json';

type Tone = 'safe' | 'warning' | 'danger' | 'neutral';

const messageTone: Record<DuoMessageStatus | 'verzonden', Tone> = {
  wachtend: 'neutral',
  verzenden: 'neutral',
  verzonden: 'neutral',
  bevestigd: 'safe',
  afgewezen: 'danger',
  fout: 'danger',
  'opnieuw-aangeboden': 'neutral',
  vervangen: 'neutral',
};

const eventTone: Record<DuoEventStatus, Tone> = {
  ontvangen: 'neutral',
  verwerkt: 'safe',
  'actie-nodig': 'warning',
  afgehandeld: 'safe',
  'geen-dossier': 'warning',
  fout: 'danger',
};

/**
 * The theme's "safe" fill (green 50 with white text) is below 4.5:1; the darker green of the same
 * token set keeps the meaning and passes WCAG AA.
 */
/** Custom properties (design tokens) next to the standard ones. */
type TokenStyle = CSSProperties & Record<`--${string}`, string>;

const safeContrast: TokenStyle = {
  '--utrecht-status-badge-safe-background-color': 'var(--utrecht-color-green-30)',
  '--utrecht-status-badge-safe-border-color': 'var(--utrecht-color-green-30)',
};

const styleFor = (tone: Tone): CSSProperties | undefined => (tone === 'safe' ? safeContrast : undefined);

const isMessageStatus = (s: string): s is DuoMessageStatus | 'verzonden' => Object.hasOwn(messageTone, s);
const isEventStatus = (s: string): s is DuoEventStatus => Object.hasOwn(eventTone, s);

/** The status of a message to DUO, as an NL Design System status badge with its text. */
export function MessageStatusBadge({ status }: { status: string }) {
  const { t } = useTranslation();
  const tone = isMessageStatus(status) ? messageTone[status] : 'neutral';
  return (
    <StatusBadge status={tone} className="koers-badge" style={styleFor(tone)} data-status={status}>
      {isMessageStatus(status) ? t(`duo.messageStatus.${status}`) : status}
    </StatusBadge>
  );
}

/** The processing status of a notification from DUO, as a status badge with its text. */
export function EventStatusBadge({ status }: { status: string }) {
  const { t } = useTranslation();
  const tone = isEventStatus(status) ? eventTone[status] : 'neutral';
  return (
    <StatusBadge status={tone} className="koers-badge" style={styleFor(tone)} data-status={status}>
      {isEventStatus(status) ? t(`duo.eventStatus.${status}`) : status}
    </StatusBadge>
  );
}

/** The Dutch/English name of an outbox operation ('pip.register' → "PIP aangemeld"); the server's label otherwise. */
export function useOperationName(): (operation: string, serverLabel: string) => string {
  const { t } = useTranslation();
  return (operation, serverLabel) => {
    const key = operation.replace(/\./g, '-');
    return isKeyOf(duoCatalog.operation, key) ? t(`duo.operation.${key}`) : serverLabel;
  };
}

/** "SS131 — Leerbaarheidstoets is afgenomen en resultaat is bekend". */
export function useEventName(): (code: string, description: string | null) => string {
  const { t } = useTranslation();
  return (code, description) => `${code} — ${description ?? t('duo.events.unknownCode')}`;
}

const locale = (language: string) => (language === 'en' ? 'en-GB' : 'nl-NL');

/** Date and time of an ISO timestamp, Dutch time. Empty for null. */
export function formatDateTime(value: string | null | undefined, language: string): string {
  if (!value) return '';
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  return new Intl.DateTimeFormat(locale(language), { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Europe/Amsterdam' }).format(date);
}

/** A calendar date (YYYY-MM-DD) as "12 januari 2026". */
export function formatDay(value: string, language: string): string {
  const [y, m, d] = value.slice(0, 10).split('-').map(Number);
  if (!y || !m || !d) return value;
  return new Intl.DateTimeFormat(locale(language), { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(Date.UTC(y, m - 1, d)),
  );
}
