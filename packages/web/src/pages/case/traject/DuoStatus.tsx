// The status of the latest DUO message of a placement or an hours total, in words the case
// manager reads: 'wacht op verzending', 'bevestigd door DUO', 'afgewezen: …'.
import { useTranslation } from 'react-i18next';
import type { TrajectDuoStatus } from '../../../api/traject.ts';
import { MessageStatusBadge } from '../duo/duoFormat.tsx';

export function DuoStatus({ duo }: { duo: TrajectDuoStatus | null }) {
  const { t } = useTranslation();
  if (!duo) return <span className="koers-muted">{t('traject.duo.none')}</span>;
  const reason = duo.lastError ?? t('traject.duo.unknownReason');
  let text: string;
  switch (duo.status) {
    case 'wachtend':
    case 'verzenden':
      text = t('traject.duo.waiting');
      break;
    case 'bevestigd':
      text = t('traject.duo.confirmed');
      break;
    case 'afgewezen':
      text = t('traject.duo.rejected', { reason });
      break;
    case 'fout':
      text = t('traject.duo.failed', { reason });
      break;
    case 'opnieuw-aangeboden':
      text = t('traject.duo.replaced');
      break;
    case 'vervangen':
      text = t('traject.duo.superseded');
      break;
    default:
      text = duo.status;
  }
  return (
    <span data-testid="traject-duo-status" data-status={duo.status}>
      <MessageStatusBadge status={duo.status} /> {text}
    </span>
  );
}
