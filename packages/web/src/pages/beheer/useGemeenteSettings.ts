// The gemeente settings page's data and its save: load settings and history, check the form, send
// the document with the version read, then show the saved values and the new history.
import { useCallback, useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { getGemeenteHistory, getGemeenteSettings, saveGemeenteSettings, type GemeenteSettingsView, type HistoryEntry } from '../../api/beheer.ts';
import { formatieFrom, formatieLabel } from './formatie/formatieFields.ts';
import { settingLabel } from './settingLabels.ts';
import { errorsFrom, idOf, settingsFrom, valuesOf, type Values } from './settingsDocument.ts';

export function useGemeenteSettings(id: string) {
  const { t } = useTranslation();
  const [view, setView] = useState<GemeenteSettingsView | null>(null);
  const [history, setHistory] = useState<HistoryEntry[]>([]);
  const [values, setValues] = useState<Values>({});
  const [errors, setErrors] = useState<Values>({});
  const [loadError, setLoadError] = useState<unknown>(null);
  const [saveError, setSaveError] = useState<unknown>(null);
  const [invalid, setInvalid] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const noticeRef = useRef<HTMLDivElement>(null);

  const load = useCallback(async () => {
    try {
      const [settings, entries] = await Promise.all([getGemeenteSettings(id), getGemeenteHistory(id)]);
      setView(settings);
      setValues(valuesOf(settings.settings));
      setHistory(entries);
    } catch (caught) {
      setLoadError(caught);
    }
  }, [id]);
  useEffect(() => {
    void load();
  }, [load]);
  useEffect(() => {
    if (notice) noticeRef.current?.focus();
  }, [notice]);

  async function refreshHistory() {
    setHistory(await getGemeenteHistory(id));
  }

  function failed(caught: unknown) {
    const fieldErrors = errorsFrom(caught);
    setErrors(fieldErrors);
    if (Object.keys(fieldErrors).length) setInvalid(true);
    else setSaveError(caught);
    const firstError = Object.keys(fieldErrors)[0];
    if (firstError) document.getElementById(idOf(firstError))?.focus();
  }

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!view) return;
    setNotice(null);
    setSaveError(null);
    setInvalid(false);
    const { settings, problems: settingProblems } = settingsFrom(values, view.national.spuk, (kind, path) => t(`beheer.settings.${kind}`, { label: settingLabel(t, path) }));
    const formatie = formatieFrom(values, (kind, path) => t(`beheer.formatie.${kind}`, { label: formatieLabel(t, path) }));
    if (formatie.formatie) settings.formatie = formatie.formatie;
    const problems = { ...settingProblems, ...formatie.problems };
    setErrors(problems);
    const first = Object.keys(problems)[0];
    if (first) {
      setInvalid(true);
      document.getElementById(idOf(first))?.focus();
      return;
    }
    setBusy(true);
    try {
      // Settings this form does not edit (the SPUK split: issue 16) stay as they are.
      const saved = await saveGemeenteSettings(view.gemeenteId, view.version, { spukTrancheVerdeling: view.settings.spukTrancheVerdeling, ...settings });
      setView(saved);
      setValues(valuesOf(saved.settings));
      setNotice(t('beheer.settings.saved'));
      await refreshHistory();
    } catch (caught) {
      failed(caught);
    } finally {
      setBusy(false);
    }
  }

  const set = (path: string) => (value: string) => setValues((v) => ({ ...v, [path]: value }));
  const logoSaved = (next: GemeenteSettingsView, message: string) => {
    setView(next);
    setNotice(message);
    void refreshHistory();
  };

  return { view, history, values, errors, set, loadError, saveError, invalid, notice, noticeRef, busy, submit, logoSaved };
}
