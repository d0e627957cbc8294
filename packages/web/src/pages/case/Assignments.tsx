import { Button, ButtonGroup, Heading3, Paragraph, UnorderedList, UnorderedListItem } from '@utrecht/component-library-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAssignableUsersQuery, useCaseChanged } from '../../api/caseQueries.ts';
import { addAssignment, removeAssignment, setCaseManager, type CaseFile } from '../../api/cases.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { SelectField } from '../../components/form/SelectField.tsx';

/** Case manager and partners of a case: who they are, and (with case:write) changing them. */
export function Assignments({ caseId, file, canWrite }: { caseId: string; file: CaseFile; canWrite: boolean }) {
  const { t } = useTranslation();
  const changed = useCaseChanged(caseId);
  const { data: users, error: usersError } = useAssignableUsersQuery(caseId, canWrite);
  const [manager, setManager] = useState(file.caseManager?.id ?? '');
  const [partner, setPartner] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => setManager(file.caseManager?.id ?? ''), [file.caseManager?.id]);

  const run = async (work: () => Promise<unknown>) => {
    setBusy(true);
    setError(null);
    try {
      await work();
      await changed('assignments');
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  };
  const assigned = new Set(file.assignments.map((a) => a.userId));
  const available = users?.partners.filter((p) => !assigned.has(p.id)) ?? [];

  return (
    <>
      <Heading3>{t('case.file.assignments')}</Heading3>
      {error || usersError ? <ErrorAlert error={error ?? usersError} /> : null}
      {file.assignments.length === 0 ? (
        <Paragraph>{t('case.file.noAssignments')}</Paragraph>
      ) : (
        <UnorderedList data-testid="assignments">
          {file.assignments.map((a) => (
            <UnorderedListItem key={a.userId}>
              {a.name} ({t(`case.file.partnerKind.${a.kind === 'taalaanbieder' || a.kind === 'budgetbeheer' ? a.kind : 'begeleiding'}`)}){' '}
              {canWrite ? (
                <Button type="button" appearance="subtle-button" disabled={busy} aria-label={t('case.file.removePartner', { name: a.name })} onClick={() => void run(() => removeAssignment(caseId, a.userId))}>
                  {t('case.file.remove')}
                </Button>
              ) : null}
            </UnorderedListItem>
          ))}
        </UnorderedList>
      )}
      {canWrite && users ? (
        <form
          className="koers-form"
          aria-label={t('case.file.assignTitle')}
          onSubmit={(e) => {
            e.preventDefault();
          }}
        >
          <SelectField
            id="assign-case-manager"
            label={t('case.file.caseManager')}
            value={manager}
            options={[{ value: '', label: t('case.file.noCaseManager') }, ...users.caseManagers.map((u) => ({ value: u.id, label: u.name }))]}
            onChange={setManager}
          />
          <ButtonGroup>
            <Button type="button" appearance="secondary-action-button" disabled={busy || manager === (file.caseManager?.id ?? '')} onClick={() => void run(() => setCaseManager(caseId, manager || null, file.case?.version ?? 0))}>
              {t('case.file.saveCaseManager')}
            </Button>
          </ButtonGroup>
          {available.length > 0 ? (
            <>
              <SelectField
                id="assign-partner"
                label={t('case.file.partner')}
                value={partner}
                options={[
                  { value: '', label: t('case.file.choosePartner') },
                  ...available.map((p) => ({ value: p.id, label: `${p.name} (${t(`case.file.partnerKind.${p.kind}`)})` })),
                ]}
                onChange={setPartner}
              />
              <ButtonGroup>
                <Button
                  type="button"
                  appearance="secondary-action-button"
                  disabled={busy || partner === ''}
                  onClick={() => {
                    const chosen = available.find((p) => p.id === partner);
                    if (chosen) void run(() => addAssignment(caseId, chosen.id, chosen.kind)).then(() => setPartner(''));
                  }}
                >
                  {t('case.file.addPartner')}
                </Button>
              </ButtonGroup>
            </>
          ) : null}
        </form>
      ) : null}
    </>
  );
}
