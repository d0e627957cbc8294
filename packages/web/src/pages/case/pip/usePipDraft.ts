// The PIP draft's working state: the form's values, the draft as last saved, and save / issue / delete.
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { deletePipDraft, issuePip, updatePipDraft, type DraftPip } from '../../../api/pip.ts';
import { todayIso } from '../../../format/dates.ts';
import { fieldsOf, stateOf, type FormState } from './draftState.ts';

export type Confirming = 'issue' | 'delete' | null;

export function usePipDraft(caseId: string, draft: DraftPip, onChanged: (focus?: string) => void) {
  const [state, setState] = useState<FormState>(() => stateOf(draft));
  const [current, setCurrent] = useState<DraftPip>(draft);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const [saved, setSaved] = useState(false);
  const [dirty, setDirty] = useState(false);
  const [issueError, setIssueError] = useState<unknown>(null);
  const [confirming, setConfirming] = useState<Confirming>(null);
  const [issuedOn, setIssuedOn] = useState(todayIso());
  const confirmRef = useRef<HTMLHeadingElement>(null);

  // Take the server's version only when it is newer than what this form holds (keeps unsaved edits on a reload);
  // only a newer draft from the server resets the form, hence the narrow dependencies.
  useEffect(() => {
    setCurrent((held) => (held.id === draft.id && held.updatedAt >= draft.updatedAt ? held : draft));
    setState((held) => (current.id === draft.id && current.updatedAt >= draft.updatedAt ? held : stateOf(draft)));
  }, [draft.id, draft.updatedAt]);
  useEffect(() => {
    if (confirming) confirmRef.current?.focus();
  }, [confirming]);

  const set = <K extends keyof FormState>(key: K, value: FormState[K]) => {
    setSaved(false);
    setDirty(true);
    setState((s) => ({ ...s, [key]: value }));
  };

  async function save(event?: FormEvent): Promise<DraftPip | null> {
    event?.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const next = await updatePipDraft(caseId, current.id, { ...fieldsOf(state), updatedAt: current.updatedAt });
      setCurrent(next);
      setSaved(true);
      setDirty(false);
      return next;
    } catch (caught) {
      setError(caught);
      return null;
    } finally {
      setBusy(false);
    }
  }

  async function issue() {
    setIssueError(null);
    const latest = await save();
    if (!latest) {
      setConfirming(null);
      return;
    }
    setBusy(true);
    try {
      await issuePip(caseId, latest.id, { updatedAt: latest.updatedAt, issuedOn });
      setConfirming(null);
      onChanged('pip-versions-heading');
    } catch (caught) {
      // Refused: said next to the button, and the "saved" notice no longer suggests all went well.
      setSaved(false);
      setIssueError(caught);
      setConfirming(null);
    } finally {
      setBusy(false);
    }
  }

  async function remove() {
    setBusy(true);
    try {
      await deletePipDraft(caseId, current.id);
      setConfirming(null);
      onChanged('pip-heading');
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  }

  return { state, set, current, error, busy, saved, dirty, issueError, confirming, setConfirming, issuedOn, setIssuedOn, confirmRef, save, issue, remove };
}
