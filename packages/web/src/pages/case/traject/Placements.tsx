// The placements of a case: the current one(s) with their DUO status and a withdraw action, and
// earlier ones (replaced or withdrawn) below.
import { ButtonGroup, DataList, DataListItem, DataListKey, DataListValue, Heading3, Heading4, Paragraph, SecondaryActionButton } from '@utrecht/component-library-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Placement } from '../../../api/traject.ts';
import { formatDate } from '../../../format/dates.ts';
import { isOneOf } from '@koers/domain';
import { DuoStatus } from './DuoStatus.tsx';
import { WithdrawPlacementForm } from './WithdrawPlacementForm.tsx';

const placementStatuses = ['actief', 'vervangen', 'ingetrokken'] as const;
const literacyValues = ['NVT', 'A', 'AA'] as const;

function PlacementData({ placement }: { placement: Placement }) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'nl';
  const status = isOneOf(placementStatuses, placement.status) ? t(`traject.placement.statusValue.${placement.status}`) : placement.status;
  const literacy = isOneOf(literacyValues, placement.literacy) ? t(`traject.placement.literacyValue.${placement.literacy}`) : placement.literacy;
  const rows: Array<[string, React.ReactNode]> = [
    [t('traject.placement.instelling'), `${placement.instellingNaam} (${placement.instellingsnummer})`],
    [t('traject.placement.offeredOn'), formatDate(placement.offeredOn, language)],
    [t('traject.placement.expectedStartOn'), formatDate(placement.expectedStartOn, language) || '—'],
    [t('traject.placement.expectedEndOn'), formatDate(placement.expectedEndOn, language) || '—'],
    [t('traject.placement.literacy'), literacy],
    [
      t('traject.placement.status'),
      placement.withdrawnOn ? t('traject.placement.withdrawn', { date: formatDate(placement.withdrawnOn, language), reason: placement.withdrawReason ?? '' }) : status,
    ],
    [t('traject.duo.label'), <DuoStatus key="duo" duo={placement.duo} />],
  ];
  return (
    <DataList className="koers-case-data" data-placement-id={placement.id} data-status={placement.status}>
      {rows.map(([key, value]) => (
        <DataListItem key={key}>
          <DataListKey>{key}</DataListKey>
          <DataListValue>{value}</DataListValue>
        </DataListItem>
      ))}
    </DataList>
  );
}

export function Placements({ caseId, placements, canWrite, onChanged }: { caseId: string; placements: readonly Placement[]; canWrite: boolean; onChanged: (notice: string) => void }) {
  const { t } = useTranslation();
  const [withdrawing, setWithdrawing] = useState<string | null>(null);
  const current = placements.filter((p) => p.status === 'actief');
  const earlier = placements.filter((p) => p.status !== 'actief');
  return (
    <>
      <Heading3 id="traject-placements-heading">{t('traject.placement.heading')}</Heading3>
      {placements.length === 0 ? <Paragraph data-testid="traject-placements-empty">{t('traject.placement.none')}</Paragraph> : null}
      {current.map((p) => (
        <div key={p.id} data-testid="traject-current-placement">
          <Heading4>{t('traject.placement.current')}</Heading4>
          <PlacementData placement={p} />
          {canWrite && withdrawing !== p.id ? (
            <ButtonGroup>
              <SecondaryActionButton type="button" aria-label={t('traject.withdraw.buttonLabel', { name: p.instellingNaam })} onClick={() => setWithdrawing(p.id)}>
                {t('traject.withdraw.button')}
              </SecondaryActionButton>
            </ButtonGroup>
          ) : null}
          {canWrite && withdrawing === p.id ? (
            <WithdrawPlacementForm
              caseId={caseId}
              placement={p}
              onCancel={() => setWithdrawing(null)}
              onDone={() => {
                setWithdrawing(null);
                onChanged(t('traject.withdraw.done', { name: p.instellingNaam }));
              }}
            />
          ) : null}
        </div>
      ))}
      {earlier.length > 0 ? (
        <details className="koers-explanation" data-testid="traject-earlier-placements">
          <summary>{t('traject.placement.earlier')} ({earlier.length})</summary>
          {earlier.map((p) => (
            <PlacementData key={p.id} placement={p} />
          ))}
        </details>
      ) : null}
    </>
  );
}
