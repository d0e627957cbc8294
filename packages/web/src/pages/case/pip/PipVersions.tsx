import {
  ButtonGroup,
  Heading3,
  Heading4,
  Link,
  Paragraph,
  SecondaryActionButton,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import { ScrollTable } from '../../../components/ScrollTable.tsx';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../api/client.ts';
import { changeReasons, documentUrl, objectionStatuses, registerObjection, updateObjection, type Objection, type ObjectionStatus, type Pip, type PipOverview } from '../../../api/pip.ts';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { TextField } from '../../../components/TextField.tsx';
import { ExplanationDetails, RadioGroup } from './fields.tsx';
import { formatDate, todayIso } from '../../../format/dates.ts';
import { isOneOf } from '@koers/domain';
import { ServerText } from '../../../components/ServerText.tsx';

function ObjectionRegisterForm({ caseId, versions, onSaved }: { caseId: string; versions: Pip[]; onSaved: () => void }) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'nl';
  const eligible = versions.filter((v) => v.kind !== 'advies');
  const [pipId, setPipId] = useState<string | null>(eligible[0]?.id ?? null);
  const [receivedOn, setReceivedOn] = useState(todayIso());
  const [note, setNote] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  if (eligible.length === 0) return <Paragraph>{t('pip.objection.noneEligible')}</Paragraph>;

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!pipId) return;
    setBusy(true);
    setError(null);
    try {
      await registerObjection(caseId, pipId, { receivedOn, note: note.trim() || null });
      setNote('');
      onSaved();
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  }
  const receivedError = isApiError(error) ? error.messageFor('receivedOn') : undefined;
  return (
    <form noValidate className="koers-form" aria-labelledby="pip-objection-new-heading" onSubmit={(e) => void submit(e)}>
      <Heading4 id="pip-objection-new-heading">{t('pip.objection.register')}</Heading4>
      {error && !receivedError ? <ErrorAlert error={error} /> : null}
      <RadioGroup
        id="pip-objection-version"
        legend={t('pip.objection.version')}
        options={eligible.map((v) => ({ value: v.id, label: t('pip.objection.versionOption', { version: v.version, date: formatDate(v.issuedOn, language) }) }))}
        value={pipId}
        onChange={setPipId}
      />
      <TextField id="pip-objection-received" type="date" label={t('pip.objection.receivedOn')} value={receivedOn} max={todayIso()} error={receivedError} onChange={(e) => setReceivedOn(e.target.value)} />
      <TextField id="pip-objection-note" label={t('pip.objection.note')} value={note} onChange={(e) => setNote(e.target.value)} />
      <ButtonGroup>
        <SecondaryActionButton type="submit" busy={busy} disabled={busy}>
          {t('pip.objection.submit')}
        </SecondaryActionButton>
      </ButtonGroup>
    </form>
  );
}

function ObjectionDecisionForm({ caseId, objection, onSaved }: { caseId: string; objection: Objection; onSaved: () => void }) {
  const { t } = useTranslation();
  const [status, setStatus] = useState<ObjectionStatus>(isOneOf(objectionStatuses, objection.status) ? objection.status : 'ontvangen');
  const [decidedOn, setDecidedOn] = useState(objection.decidedOn ?? todayIso());
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const id = `pip-objection-${objection.id}`;

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await updateObjection(caseId, objection.id, { status, decidedOn: status === 'ontvangen' ? null : decidedOn, updatedAt: objection.updatedAt });
      onSaved();
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  }
  const dateError = isApiError(error) ? error.messageFor('decidedOn') : undefined;
  return (
    <form noValidate className="koers-form" aria-label={t('pip.objection.decide', { version: objection.pipVersion ?? '' })} onSubmit={(e) => void submit(e)}>
      {error && !dateError ? <ErrorAlert error={error} /> : null}
      <RadioGroup id={`${id}-status`} legend={t('pip.objection.status')} options={objectionStatuses.map((s) => ({ value: s, label: t(`pip.objectionStatus.${s}`) }))} value={status} onChange={setStatus} />
      {status !== 'ontvangen' ? (
        <TextField id={`${id}-decided`} type="date" label={t('pip.objection.decidedOn')} value={decidedOn} max={todayIso()} error={dateError} onChange={(e) => setDecidedOn(e.target.value)} />
      ) : null}
      <ButtonGroup>
        <SecondaryActionButton type="submit" busy={busy} disabled={busy}>
          {t('pip.objection.update')}
        </SecondaryActionButton>
      </ButtonGroup>
    </form>
  );
}

/** All vastgesteld versions (latest first) with their documents, and the bezwaren against them. */
export function PipVersions({ caseId, overview, canWrite, onChanged }: { caseId: string; overview: PipOverview; canWrite: boolean; onChanged: () => void }) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'nl';
  const { versions, objections } = overview;
  return (
    <section aria-labelledby="pip-versions-heading" className="koers-pip-block">
      <Heading3 id="pip-versions-heading" tabIndex={-1}>
        {t('pip.versions.heading')}
      </Heading3>
      {versions.length === 0 ? (
        <Paragraph>{t('pip.versions.none')}</Paragraph>
      ) : (
        <ScrollTable captionId="pip-versions-caption" testId="pip-versions" caption={t('pip.versions.caption')}>
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col">{t('pip.versions.version')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('pip.versions.status')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('pip.versions.issuedOn')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('pip.versions.route')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('pip.versions.reason')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('pip.versions.document')}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {versions.map((v) => (
              <TableRow key={v.id}>
                <TableHeaderCell scope="row">{v.version}</TableHeaderCell>
                <TableCell>
                  {t(`pip.status.${v.status === 'gewijzigd' ? 'gewijzigd' : v.status === 'ingetrokken' ? 'ingetrokken' : 'vastgesteld'}`)} ({t(`pip.kind.${v.kind === 'advies' ? 'advies' : 'beschikking'}`)})
                  {v.withdrawal ? (
                    <>
                      <br />
                      {t('pip.withdraw.withdrawnValue', { date: formatDate(v.withdrawal.withdrawnOn, language), reason: t(`pip.withdrawalReason.${v.withdrawal.reason}`) })}
                      {v.withdrawal.note ? `: ${v.withdrawal.note}` : ''}
                      {v.withdrawal.documentId ? (
                        <>
                          {' '}
                          <Link href={documentUrl(caseId, v.withdrawal.documentId)} download>
                            {t('pip.withdraw.download', { version: v.version })}
                          </Link>
                        </>
                      ) : null}
                    </>
                  ) : null}
                </TableCell>
                <TableCell>{formatDate(v.issuedOn, language)}</TableCell>
                <TableCell>
                  {v.route ? t(`pip.route.${v.route}`) : ''}
                  {v.level ? `, ${t(`pip.level.${v.level}`)}` : ''}
                </TableCell>
                <TableCell>
                  {v.changeReason ? isOneOf(changeReasons, v.changeReason) ? t(`pip.changeReason.${v.changeReason}`) : v.changeReason : t('pip.versions.first')}
                  {v.changeNote ? `: ${v.changeNote}` : ''}
                </TableCell>
                <TableCell>
                  {v.documentId ? (
                    <Link href={documentUrl(caseId, v.documentId)} download>
                      {t('pip.versions.download', { version: v.version })}
                    </Link>
                  ) : (
                    t('pip.versions.noDocument')
                  )}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </ScrollTable>
      )}
      <section aria-labelledby="pip-objections-heading">
        <Heading3 id="pip-objections-heading">{t('pip.objection.heading')}</Heading3>
        <Paragraph>{t('pip.objection.periodHint', { weeks: overview.defaults.objectionPeriodWeeks })}</Paragraph>
        {objections.length === 0 ? <Paragraph>{t('pip.objection.none')}</Paragraph> : null}
        {objections.map((o) => (
          <div key={o.id} className="koers-panel" data-testid="pip-objection">
            <Heading4>{t('pip.objection.item', { version: o.pipVersion ?? '', date: formatDate(o.receivedOn, language) })}</Heading4>
            <Paragraph>
              {t(`pip.objectionStatus.${isOneOf(objectionStatuses, o.status) ? o.status : 'ontvangen'}`)}
              {o.decidedOn ? ` — ${t('pip.objection.decidedOnValue', { date: formatDate(o.decidedOn, language) })}` : ''}
            </Paragraph>
            {o.onTime ? (
              <>
                <Paragraph><ServerText>{o.onTime.explanation.summary}</ServerText></Paragraph>
                <ExplanationDetails explanation={o.onTime.explanation} />
              </>
            ) : null}
            {o.note ? <Paragraph>{o.note}</Paragraph> : null}
            {canWrite ? <ObjectionDecisionForm caseId={caseId} objection={o} onSaved={onChanged} /> : null}
          </div>
        ))}
        {canWrite && versions.length > 0 ? <ObjectionRegisterForm caseId={caseId} versions={versions} onSaved={onChanged} /> : null}
      </section>
    </section>
  );
}
