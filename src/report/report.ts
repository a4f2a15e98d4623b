import type { Storage } from '../storage/storage';
import { computeFigures, type Figures } from './figures';
import { renderReportHtml } from './html';
import { readRecords } from './records';

export interface ReportOptions {
  /** The last this-many days, today (UTC) included. */
  days: number;
  now?: Date;
  /** Named in the page: where the records came from. */
  source: string;
}

/** Reads every record the report needs from the store and makes the page; the figures come along for the caller. */
export async function makeReport(storage: Storage, options: ReportOptions): Promise<{ html: string; figures: Figures }> {
  const figures = computeFigures(await readRecords(storage), { days: options.days, now: options.now ?? new Date() });
  return { html: renderReportHtml(figures, options.source), figures };
}
