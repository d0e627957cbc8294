// Gevolgde uren per category: the cumulative total, its peildatum and DUO status, with an edit
// form per category for users who may write. Categories that do not apply (route, target group)
// are shown with the rule's explanation instead of a form.
import {
  ButtonGroup,
  Heading3,
  Heading4,
  Paragraph,
  PrimaryActionButton,
  SecondaryActionButton,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import { ScrollTable } from '../../../components/ScrollTable.tsx';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../api/client.ts';
import { recordHours, type HoursRow } from '../../../api/traject.ts';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { TextField } from '../../../components/TextField.tsx';
import { ExplanationDetails } from '../pip/fields.tsx';
import { formatDate, todayIso } from '../../../format/dates.ts';
import { TextAreaField } from '../../../components/form/TextAreaField.tsx';
import { DuoStatus } from './DuoStatus.tsx';

function HoursForm({ caseId, row, onDone, onCancel }: { caseId: string; row: HoursRow; onDone: (notice: string) => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const name = t(`traject.hours.categoryName.${row.category}`);
  const [total, setTotal] = useState(row.total === null ? '' : String(row.total));
  const [asOf, setAsOf] = useState(todayIso());
  const [reason, setReason] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const id = `traject-hours-${row.category}`;

  useEffect(() => headingRef.current?.focus(), []);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const result = await recordHours(caseId, row.category, { version: row.version, total: Number(total), asOf, ...(reason.trim() ? { reason: reason.trim() } : {}) });
      onDone(result.queued ? t('traject.hours.saved', { category: name, total: result.total }) : t('traject.hours.notQueued'));
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  }

  const fieldError = (field: string) => (isApiError(error) ? error.messageFor(field) : undefined);
  const atField = fieldError('total') ?? fieldError('asOf') ?? fieldError('reason');
  return (
    <form noValidate className="koers-form koers-panel" aria-labelledby={`${id}-heading`} onSubmit={(e) => void submit(e)} data-testid="traject-hours-form">
      <Heading4 id={`${id}-heading`} ref={headingRef} tabIndex={-1}>
        {t('traject.hours.formHeading', { category: name })}
      </Heading4>
      {error && !atField ? <ErrorAlert error={error} headingLevel={5} /> : null}
      <TextField id={`${id}-total`} type="number" inputMode="numeric" min={0} max={9999} step={1} label={t('traject.hours.newTotal')} value={total} required error={fieldError('total')} onChange={(e) => setTotal(e.target.value)} />
      <TextField id={`${id}-as-of`} type="date" label={t('traject.hours.asOf')} value={asOf} required error={fieldError('asOf')} onChange={(e) => setAsOf(e.target.value)} />
      <TextAreaField
        id={`${id}-reason`}
        label={t('traject.hours.reason')}
        description={row.total !== null ? t('traject.hours.reasonDescription', { previous: row.total }) : undefined}
        value={reason}
        error={fieldError('reason')}
        onChange={setReason}
      />
      <ButtonGroup>
        <PrimaryActionButton type="submit" busy={busy} disabled={busy}>
          {t('traject.hours.save')}
        </PrimaryActionButton>
        <SecondaryActionButton type="button" disabled={busy} onClick={onCancel}>
          {t('traject.hours.cancel')}
        </SecondaryActionButton>
      </ButtonGroup>
    </form>
  );
}

export function HoursTable({ caseId, hours, canWrite, onChanged }: { caseId: string; hours: readonly HoursRow[]; canWrite: boolean; onChanged: (notice: string) => void }) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'nl';
  const [editing, setEditing] = useState<string | null>(null);
  const editingRow = hours.find((h) => h.category === editing);
  return (
    <>
      <Heading3 id="traject-hours-heading">{t('traject.hours.heading')}</Heading3>
      <Paragraph>{t('traject.hours.intro')}</Paragraph>
      <ScrollTable captionId="traject-hours-caption" testId="traject-hours" caption={t('traject.hours.caption')}>
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">{t('traject.hours.category')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('traject.hours.total')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('traject.hours.asOf')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('traject.duo.label')}</TableHeaderCell>
            {canWrite ? <TableHeaderCell scope="col">{t('traject.hours.actions')}</TableHeaderCell> : null}
          </TableRow>
        </TableHeader>
        <TableBody>
          {hours.map((h) => {
            const name = t(`traject.hours.categoryName.${h.category}`);
            return (
              <TableRow key={h.category} data-category={h.category}>
                <TableHeaderCell scope="row">
                  {name}
                  {!h.allowed ? <ExplanationDetails explanation={h.explanation} label={t('traject.hours.notAllowed')} /> : null}
                </TableHeaderCell>
                <TableCell>{h.total ?? '—'}</TableCell>
                <TableCell>{formatDate(h.asOf, language) || '—'}</TableCell>
                <TableCell>
                  <DuoStatus duo={h.duo} />
                </TableCell>
                {canWrite ? (
                  <TableCell>
                    {h.allowed ? (
                      <SecondaryActionButton type="button" aria-label={t('traject.hours.editLabel', { category: name })} disabled={editing !== null} onClick={() => setEditing(h.category)}>
                        {t('traject.hours.edit')}
                      </SecondaryActionButton>
                    ) : (
                      <span className="koers-muted">{t('traject.hours.notAllowed')}</span>
                    )}
                  </TableCell>
                ) : null}
              </TableRow>
            );
          })}
        </TableBody>
      </ScrollTable>
      {canWrite && editingRow ? (
        <HoursForm
          key={editingRow.category}
          caseId={caseId}
          row={editingRow}
          onCancel={() => setEditing(null)}
          onDone={(notice) => {
            setEditing(null);
            onChanged(notice);
          }}
        />
      ) : null}
    </>
  );
}
