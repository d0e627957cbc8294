// The regeldag checklist: eight items with status, who and when; each can be changed inline.
import { Button, ButtonGroup, Fieldset, FieldsetLegend, Table, TableBody, TableCaption, TableCell, TableHeader, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { TextField } from '../../../components/TextField.tsx';
import { checklistStatuses, updateChecklistItem, type ChecklistItem, type ChecklistStatus } from '../../../api/voorbereiding.ts';
import { fieldError } from './fields.tsx';
import { formatDate } from '../../../format/dates.ts';
import { SelectField } from '../../../components/form/SelectField.tsx';
import { TextAreaField } from '../../../components/form/TextAreaField.tsx';

function ChecklistForm({ caseId, item, onDone }: { caseId: string; item: ChecklistItem; onDone: (changed: boolean) => void }) {
  const { t } = useTranslation();
  const id = `checklist-${item.item}`;
  const [status, setStatus] = useState<ChecklistStatus>(item.status);
  const [responsible, setResponsible] = useState(item.responsible ?? '');
  const [dueOn, setDueOn] = useState(item.dueOn ?? '');
  const [doneOn, setDoneOn] = useState(item.doneOn ?? '');
  const [note, setNote] = useState(item.note ?? '');
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await updateChecklistItem(caseId, item.item, {
        version: item.version,
        status,
        responsible: responsible.trim() || null,
        dueOn: dueOn || null,
        ...(status === 'geregeld' ? { doneOn: doneOn || null } : {}),
        note: note.trim() || null,
      });
      onDone(true);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form id={`${id}-form`} className="koers-form" onSubmit={(e) => void submit(e)} noValidate>
      <Fieldset>
        <FieldsetLegend>{t('voorbereiding.checklist.editTitle', { item: t(`voorbereiding.checklist.item.${item.item}`) })}</FieldsetLegend>
        {error ? <ErrorAlert error={error} /> : null}
        <SelectField
          id={`${id}-status`}
          label={t('voorbereiding.checklist.status')}
          value={status}
          options={checklistStatuses.map((s) => ({ value: s, label: t(`voorbereiding.checklist.statusValue.${s}`) }))}
          onChange={setStatus}
          error={fieldError(error, 'status')}
        />
        <TextField id={`${id}-responsible`} label={t('voorbereiding.checklist.responsible')} value={responsible} onChange={(e) => setResponsible(e.target.value)} error={fieldError(error, 'responsible')} />
        <TextField id={`${id}-dueOn`} type="date" label={t('voorbereiding.checklist.dueOn')} value={dueOn} onChange={(e) => setDueOn(e.target.value)} error={fieldError(error, 'dueOn')} />
        {status === 'geregeld' ? (
          <TextField
            id={`${id}-doneOn`}
            type="date"
            label={t('voorbereiding.checklist.doneOn')}
            description={t('voorbereiding.checklist.doneOnHint')}
            value={doneOn}
            onChange={(e) => setDoneOn(e.target.value)}
            error={fieldError(error, 'doneOn')}
          />
        ) : null}
        <TextAreaField id={`${id}-note`} label={t('voorbereiding.checklist.note')} value={note} onChange={setNote} error={fieldError(error, 'note')} rows={2} />
        <ButtonGroup>
          <Button type="submit" appearance="primary-action-button" disabled={busy}>
            {t('voorbereiding.checklist.save')}
          </Button>
          <Button type="button" appearance="secondary-action-button" onClick={() => onDone(false)}>
            {t('voorbereiding.cancel')}
          </Button>
        </ButtonGroup>
      </Fieldset>
    </form>
  );
}

export function Checklist({ caseId, items, canWrite, onChanged }: { caseId: string; items: ChecklistItem[]; canWrite: boolean; onChanged: () => void }) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'nl';
  const [editing, setEditing] = useState<string | null>(null);
  const current = items.find((i) => i.item === editing);
  return (
    <>
      <div className="koers-table-scroll" tabIndex={0} role="region" aria-label={t('voorbereiding.checklist.title')}>
        <Table className="koers-table" data-testid="regeldag-checklist">
          <TableCaption>{t('voorbereiding.checklist.caption')}</TableCaption>
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col">{t('voorbereiding.checklist.itemHeader')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('voorbereiding.checklist.status')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('voorbereiding.checklist.responsible')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('voorbereiding.checklist.dueOn')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('voorbereiding.checklist.doneOn')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('voorbereiding.checklist.note')}</TableHeaderCell>
              {canWrite ? <TableHeaderCell scope="col">{t('voorbereiding.actions')}</TableHeaderCell> : null}
            </TableRow>
          </TableHeader>
          <TableBody>
            {items.map((item) => (
              <TableRow key={item.item}>
                <TableHeaderCell scope="row">{t(`voorbereiding.checklist.item.${item.item}`)}</TableHeaderCell>
                <TableCell>{t(`voorbereiding.checklist.statusValue.${item.status}`)}</TableCell>
                <TableCell>{item.responsible ?? '—'}</TableCell>
                <TableCell>{formatDate(item.dueOn, language) || '—'}</TableCell>
                <TableCell>{formatDate(item.doneOn, language) || '—'}</TableCell>
                <TableCell>{item.note ?? '—'}</TableCell>
                {canWrite ? (
                  <TableCell>
                    <Button
                      type="button"
                      appearance="secondary-action-button"
                      aria-expanded={editing === item.item}
                      aria-controls={`checklist-${item.item}-form`}
                      onClick={() => setEditing(editing === item.item ? null : item.item)}
                    >
                      {t('voorbereiding.checklist.edit', { item: t(`voorbereiding.checklist.item.${item.item}`) })}
                    </Button>
                  </TableCell>
                ) : null}
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </div>
      {current ? (
        <ChecklistForm
          key={current.item}
          caseId={caseId}
          item={current}
          onDone={(changed) => {
            setEditing(null);
            if (changed) onChanged();
          }}
        />
      ) : null}
    </>
  );
}
