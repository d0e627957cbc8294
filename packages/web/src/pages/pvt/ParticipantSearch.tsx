import { ButtonGroup, Paragraph, SecondaryActionButton } from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { listCases, type CaseListItem } from '../../api/cases.ts';
import { addPvtParticipant, type PvtGroup } from '../../api/pvtMap.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { TextField } from '../../components/TextField.tsx';

/** Find a case of the group's gemeente by name or case number and add the person to the group. */
export function ParticipantSearch({ group, onSaved }: { group: PvtGroup; onSaved: (next: PvtGroup) => void }) {
  const { t } = useTranslation();
  const [query, setQuery] = useState('');
  const [found, setFound] = useState<CaseListItem[] | null>(null);
  const [error, setError] = useState<unknown>(null);

  async function search(event: FormEvent) {
    event.preventDefault();
    setError(null);
    try {
      const result = await listCases({ zoek: query, gemeenteId: group.gemeenteId, limit: 10 });
      const inGroup = new Set(group.participants.map((p) => p.caseId));
      setFound(result.items.filter((c) => !inGroup.has(c.id)));
    } catch (caught) {
      setError(caught);
    }
  }

  async function add(caseId: string) {
    setError(null);
    try {
      onSaved(await addPvtParticipant(group.id, caseId));
      setFound((f) => f?.filter((c) => c.id !== caseId) ?? null);
    } catch (caught) {
      setError(caught);
    }
  }

  return (
    <>
      {error ? <ErrorAlert error={error} /> : null}
      <form noValidate className="koers-form" role="search" aria-label={t('pvtmap.participant.title')} onSubmit={(e) => void search(e)}>
        <TextField id="pvt-participant-search" label={t('pvtmap.participant.search')} value={query} onChange={(e) => setQuery(e.target.value)} />
        <ButtonGroup>
          <SecondaryActionButton type="submit">{t('pvtmap.participant.searchSubmit')}</SecondaryActionButton>
        </ButtonGroup>
      </form>
      {found === null ? null : found.length === 0 ? (
        <Paragraph>{t('pvtmap.participant.noResults')}</Paragraph>
      ) : (
        <ul data-testid="pvt-participant-results">
          {found.map((c) => {
            const name = `${c.givenNames} ${c.familyName}`;
            return (
              <li key={c.id}>
                {name}
                {c.caseNumber ? ` (${c.caseNumber})` : ''}{' '}
                <SecondaryActionButton type="button" aria-label={t('pvtmap.participant.addLabel', { name })} onClick={() => void add(c.id)}>
                  {t('pvtmap.participant.add')}
                </SecondaryActionButton>
              </li>
            );
          })}
        </ul>
      )}
    </>
  );
}
