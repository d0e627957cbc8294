// Import jobs, kept in memory: progress of a running import and its report. A job is visible only
// to the user who started it, and is forgotten an hour after it finished.
import { randomUUID } from 'node:crypto';

export interface ImportRejection {
  /** Line in the file (the header is line 1). */
  row: number;
  /** The column (as named in the file) or 'regel' for the row as a whole. */
  field: string;
  /** Dutch reason. */
  reason: string;
}

export interface ImportJob {
  id: string;
  userId: string;
  fileName: string | null;
  status: 'bezig' | 'klaar' | 'mislukt';
  total: number;
  processed: number;
  created: number;
  updated: number;
  unchanged: number;
  rejected: ImportRejection[];
  error: string | null;
  startedAt: Date;
  finishedAt: Date | null;
}

const KEEP_MS = 60 * 60 * 1000;
const MAX_JOBS = 200;
const jobs = new Map<string, ImportJob>();

function prune(now: number): void {
  for (const [id, job] of jobs) if (job.finishedAt && now - job.finishedAt.getTime() > KEEP_MS) jobs.delete(id);
  while (jobs.size > MAX_JOBS) {
    const oldest = jobs.keys().next().value;
    if (oldest === undefined) break;
    jobs.delete(oldest);
  }
}

export function newJob(userId: string, fileName: string | null, total: number): ImportJob {
  prune(Date.now());
  const job: ImportJob = {
    id: randomUUID(),
    userId,
    fileName,
    status: 'bezig',
    total,
    processed: 0,
    created: 0,
    updated: 0,
    unchanged: 0,
    rejected: [],
    error: null,
    startedAt: new Date(),
    finishedAt: null,
  };
  jobs.set(job.id, job);
  return job;
}

/** The job, only for the user who started it. */
export function jobFor(id: string, userId: string): ImportJob | undefined {
  const job = jobs.get(id);
  return job && job.userId === userId ? job : undefined;
}
