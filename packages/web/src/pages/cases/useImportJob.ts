// An import job on the import page: start or execute it, poll it until it is done (and until its
// reconciliation with DUO, which runs afterwards, is done), then move focus to the report.
import { useEffect, useRef, useState } from 'react';
import { getImport, type ImportJob } from '../../api/cases.ts';

export function useImportJob() {
  const [job, setJob] = useState<ImportJob | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const reportRef = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    const reconciling = job && !job.dryRun && ['wachtend', 'bezig'].includes(job.reconciliation.status);
    if (!job || (job.status !== 'bezig' && !reconciling)) return;
    const timer = window.setTimeout(() => {
      getImport(job.id)
        .then(setJob)
        .catch((caught: unknown) => {
          setError(caught);
          setBusy(false);
        });
    }, job.status === 'bezig' ? 400 : 1500);
    return () => window.clearTimeout(timer);
  }, [job]);

  const finished = job !== null && job.status !== 'bezig';
  useEffect(() => {
    if (finished) {
      setBusy(false);
      reportRef.current?.focus();
    }
  }, [finished, job?.id]);

  async function run(work: () => Promise<ImportJob>) {
    setError(null);
    setBusy(true);
    try {
      setJob(await work());
    } catch (caught) {
      setError(caught);
      setBusy(false);
    }
  }

  return { job, setJob, error, setError, busy, run, reportRef };
}
