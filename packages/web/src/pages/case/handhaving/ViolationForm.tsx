import { ButtonGroup, Fieldset, FieldsetLegend, FormFieldCheckbox, FormFieldErrorMessage, Heading3, Paragraph, PrimaryActionButton, SecondaryActionButton } from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useDocumentsQuery } from '../../../api/caseQueries.ts';
import type { CaseDocumentItem } from '../../../api/documents.ts';
import { recordViolation, sourceKinds, violationGrounds, type SourceKind, type ViolationGround } from '../../../api/handhaving.ts';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { TextField } from '../../../components/TextField.tsx';
import { SelectField } from '../../../components/form/SelectField.tsx';
import { TextAreaField } from '../../../components/form/TextAreaField.tsx';
import { useFormSubmit } from '../../../components/form/useFormSubmit.ts';
import { todayIso } from '../../../format/dates.ts';

/** Records a violation of art. 22 or 23 with its facts and where it was found. */
/** Where the violation was found when the form opens from there (a voortgangsgesprek with outcome "handhaving starten"). */
export interface ViolationSource {
  kind: SourceKind;
  id: string | null;
  description: string;
}

export function ViolationForm({ caseId, source, onSaved, onCancel }: { caseId: string; source?: ViolationSource; onSaved: () => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const [ground, setGround] = useState<ViolationGround>(
    source?.kind === 'voortgangsgesprek' ? 'begeleiding-niet-meegewerkt' : source?.kind === 'aanbiedersrapportage' ? 'intensiteit-leerroute' : 'intake-niet-verschenen',
  );
  const [establishedOn, setEstablishedOn] = useState(todayIso());
  const [sourceKind, setSourceKind] = useState<SourceKind>(source?.kind ?? 'brede-intake');
  const [description, setDescription] = useState(source?.description ?? '');
  const [facts, setFacts] = useState('');
  const [evidence, setEvidence] = useState<string[]>([]);
  const documents = useDocumentsQuery(caseId);
  const { busy, error, fieldError: fieldMessage, run } = useFormSubmit();

  async function submit(e: FormEvent) {
    e.preventDefault();
    const from = { kind: sourceKind, id: source && source.kind === sourceKind ? source.id : null, description };
    await run(() => recordViolation(caseId, { ground, establishedOn, source: from, facts, evidenceDocumentIds: evidence }), onSaved);
  }
  const fields = ['ground', 'establishedOn', 'source.kind', 'source.description', 'facts', 'evidenceDocumentIds'];
  return (
    <form
      noValidate
      className="koers-form koers-panel"
      aria-labelledby="handhaving-new-heading"
      onSubmit={(e) => void submit(e)}
      data-testid="violation-form"
    >
      <Heading3 id="handhaving-new-heading">{t('handhaving.form.heading')}</Heading3>
      {error && !fields.some((f) => fieldMessage(f)) ? <ErrorAlert error={error} headingLevel={4} /> : null}
      <SelectField
        id="handhaving-ground"
        label={t('handhaving.form.ground')}
        description={t('handhaving.form.groundHint')}
        value={ground}
        options={violationGrounds.map((g) => ({ value: g, label: t(`handhaving.form.grounds.${g}`) }))}
        error={fieldMessage('ground')}
        onChange={setGround}
      />
      <TextField
        id="handhaving-established"
        type="date"
        label={t('handhaving.form.establishedOn')}
        value={establishedOn}
        max={todayIso()}
        error={fieldMessage('establishedOn')}
        onChange={(e) => setEstablishedOn(e.target.value)}
      />
      <SelectField
        id="handhaving-source-kind"
        label={t('handhaving.form.sourceKind')}
        value={sourceKind}
        options={sourceKinds.map((k) => ({ value: k, label: t(`handhaving.form.sourceKinds.${k}`) }))}
        error={fieldMessage('source.kind')}
        onChange={setSourceKind}
      />
      <TextField
        id="handhaving-source-description"
        label={t('handhaving.form.sourceDescription')}
        value={description}
        error={fieldMessage('source.description')}
        onChange={(e) => setDescription(e.target.value)}
      />
      <TextAreaField
        id="handhaving-facts"
        label={t('handhaving.form.facts')}
        value={facts}
        error={fieldMessage('facts')}
        onChange={setFacts}
      />
      <EvidenceFieldset documents={documents.data} error={fieldMessage('evidenceDocumentIds')} evidence={evidence} setEvidence={setEvidence} />
      <ButtonGroup>
        <PrimaryActionButton type="submit" disabled={busy}>
          {t('handhaving.form.save')}
        </PrimaryActionButton>
        <SecondaryActionButton type="button" onClick={onCancel}>
          {t('handhaving.form.cancel')}
        </SecondaryActionButton>
      </ButtonGroup>
    </form>
  );
}

/** The case file's documents that show the facts, to tick as evidence. */
function EvidenceFieldset({ documents, error, evidence, setEvidence }: { documents: readonly CaseDocumentItem[] | undefined; error: string | undefined; evidence: string[]; setEvidence: (ids: string[]) => void }) {
  const { t } = useTranslation();
  return (
    <Fieldset invalid={Boolean(error)} className="koers-fieldset" data-testid="violation-evidence">
      <FieldsetLegend>{t('handhaving.form.evidence')}</FieldsetLegend>
      {error ? <FormFieldErrorMessage>{error}</FormFieldErrorMessage> : null}
      {documents && documents.length === 0 ? <Paragraph>{t('handhaving.form.noDocuments')}</Paragraph> : null}
      {(documents ?? []).map((d) => (
        <FormFieldCheckbox
          key={d.id}
          name="evidenceDocumentIds"
          value={d.id}
          label={d.title}
          checked={evidence.includes(d.id)}
          onChange={(event) => setEvidence(event.target.checked ? [...evidence, d.id] : evidence.filter((id) => id !== d.id))}
        />
      ))}
    </Fieldset>
  );
}
