// The inburgeraar's responses to appointments: a confirmation needs nothing, a request to move the
// appointment is a work item the regisseur marks handled.
import {
  ButtonGroup,
  SecondaryActionButton,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import type { PortaalCase } from '../../../api/portaal-case.ts';
import { ScrollTable } from '../../../components/ScrollTable.tsx';
import { formatDateTime } from '../../../format/dates.ts';
import type { HandlePortaalItem } from './portaalItems.ts';

export function PortaalResponses({
  responses,
  canWrite,
  status,
  onHandle,
}: {
  responses: PortaalCase['responses'];
  canWrite: boolean;
  status: (handledAt: string | null) => string;
  onHandle: HandlePortaalItem;
}) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'nl';
  return (
    <ScrollTable captionId="portaal-responses-caption" caption={t('portaalregie.responses.caption')} testId="portaal-responses">
      <TableHeader>
        <TableRow>
          <TableHeaderCell scope="col">{t('portaalregie.responses.at')}</TableHeaderCell>
          <TableHeaderCell scope="col">{t('portaalregie.responses.appointment')}</TableHeaderCell>
          <TableHeaderCell scope="col">{t('portaalregie.responses.response')}</TableHeaderCell>
          <TableHeaderCell scope="col">{t('portaalregie.responses.reason')}</TableHeaderCell>
          <TableHeaderCell scope="col">{t('portaalregie.status.heading')}</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {responses.map((r) => (
          <TableRow key={r.id}>
            <TableCell>{formatDateTime(r.at, language)}</TableCell>
            <TableCell>{t(`portaalregie.kind.${r.appointmentKind}`)}</TableCell>
            <TableCell>{t(`portaalregie.reply.${r.response}`)}</TableCell>
            <TableCell dir="auto">{r.reason ?? t('portaalregie.noReason')}</TableCell>
            <TableCell>
              {/* A confirmation needs no follow-up; only a request to move the appointment is a work item. */}
              {r.response === 'bevestigd' ? t('portaalregie.noReason') : status(r.handledAt)}
              {canWrite && r.response === 'verzetten' && r.handledAt === null ? (
                <ButtonGroup>
                  <SecondaryActionButton
                    type="button"
                    aria-label={t('portaalregie.handleResponse', { date: formatDateTime(r.at, language) })}
                    onClick={() => void onHandle('reacties', r.id, r.version)}
                  >
                    {t('portaalregie.handle')}
                  </SecondaryActionButton>
                </ButtonGroup>
              ) : null}
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </ScrollTable>
  );
}
