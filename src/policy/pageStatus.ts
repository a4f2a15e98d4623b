import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { z } from 'zod';
import { policy } from './policy';

/**
 * What the last drift check (`npm run policy:check`) found, written by it to a small JSON file that the bot reads:
 * when Microsoft's page no longer says what the stored copy says, every answer says so until the policy data is
 * updated. "Updated" is told by the fingerprint of the policy data the check ran against: once the data changes,
 * an old finding no longer applies to it.
 */
export const pageStatusSchema = z
  .object({
    version: z.literal(1),
    /** When the check ran, ISO 8601. */
    checkedAt: z.iso.datetime({ offset: true }),
    result: z.enum(['unchanged', 'changed']),
    /** The fingerprint of the policy data the check compared with (policyFingerprint). */
    policyFingerprint: z.string().regex(/^[0-9a-f]{64}$/),
    /** What was checked: file names or URLs. */
    checked: z.array(z.string().min(1)).min(1),
    /** One line per finding, for people reading the file. */
    findings: z.array(z.string())
  })
  .strict();
export type PageStatus = z.infer<typeof pageStatusSchema>;

/** The policy data the bot answers from, as one hash: quotes, sentences, page date and all. */
export const policyFingerprint: string = createHash('sha256').update(JSON.stringify(policy)).digest('hex');

/**
 * The day (ISO 8601) a check found the page changed, when that finding is about the policy data the bot answers from;
 * undefined when no check found a change, or the data has been updated since.
 */
export function pageChangedOn(status: PageStatus | undefined): string | undefined {
  if (status?.result !== 'changed' || status.policyFingerprint !== policyFingerprint) return undefined;
  return status.checkedAt.slice(0, 10);
}

export type PageStatusRead =
  | { kind: 'none' }
  | { kind: 'status'; status: PageStatus }
  | { kind: 'unreadable'; problem: string };

/** Reads the status file; a missing file is no status, a broken one is reported rather than taken as "unchanged". */
export function readPageStatus(file: string): PageStatusRead {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { kind: 'none' };
    return { kind: 'unreadable', problem: (error as Error).message };
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { kind: 'unreadable', problem: `not JSON: ${(error as Error).message}` };
  }
  const parsed = pageStatusSchema.safeParse(json);
  if (!parsed.success) return { kind: 'unreadable', problem: parsed.error.issues.map((issue) => `${issue.path.join('.')} ${issue.message}`).join('; ') };
  return { kind: 'status', status: parsed.data };
}

/** How long a read status is trusted before the file is looked at again: a check may run while the bot does. */
export const PAGE_STATUS_RECHECK_MS = 60_000;

/**
 * Watches the status file lazily: at most one look per PAGE_STATUS_RECHECK_MS, and the file is read again only when
 * its modification time has changed. `onProblem` hears of an unreadable file once per change of the file.
 */
export function pageStatusWatch(
  file: string,
  onProblem: (problem: string) => void,
  now: () => number = Date.now
): () => string | undefined {
  let lookedAt = -Infinity;
  let modified = -1;
  let changedOn: string | undefined;
  return () => {
    const time = now();
    if (time - lookedAt < PAGE_STATUS_RECHECK_MS) return changedOn;
    lookedAt = time;
    let mtime: number;
    try {
      mtime = statSync(file).mtimeMs;
    } catch {
      mtime = 0;
    }
    if (mtime === modified) return changedOn;
    modified = mtime;
    const read = readPageStatus(file);
    if (read.kind === 'unreadable') onProblem(read.problem);
    // An unreadable file keeps the last finding: a half-written status must not silence a warning.
    if (read.kind !== 'unreadable') changedOn = read.kind === 'status' ? pageChangedOn(read.status) : undefined;
    return changedOn;
  };
}
