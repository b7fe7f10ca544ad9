// Writes the run's report where a runner shows it: the outputs, the job summary and a short log.
import * as core from '@actions/core';
import { planOutput } from '../core/report/plan-output.ts';
import { renderSummary } from '../core/report/render-summary.ts';
import type { RunOutputs, RunReport } from '../core/report/run-report.ts';

const MAX_SUMMARY_BYTES = 1024 * 1024 - 4096;

export async function writeReport(report: RunReport, outputs: RunOutputs): Promise<void> {
  core.setOutput('created', JSON.stringify(outputs.created));
  core.setOutput('updated', JSON.stringify(outputs.updated));
  core.setOutput('closed', JSON.stringify(outputs.closed));
  core.setOutput('reopened', JSON.stringify(outputs.reopened));
  core.setOutput('plan', planOutput(report.plan));

  for (const { change, number } of report.applied) core.info(logSafe(`${change.kind} #${number}: ${change.display.title}`));
  core.info(
    `${report.mode}: ${report.applied.length} changes written (${report.writes} write requests), ${report.deferred.length} left for the next run, ${report.failed.length} failed, ${report.plan.unchanged} issues already in step.`,
  );

  if (!process.env.GITHUB_STEP_SUMMARY) return;
  let summary = renderSummary(report);
  if (Buffer.byteLength(summary) > MAX_SUMMARY_BYTES) {
    summary = `${summary.slice(0, MAX_SUMMARY_BYTES / 4)}\n\n… the summary was cut to fit GitHub's limit.\n`;
  }
  await core.summary.addRaw(summary, true).write();
  summaryWritten = true;
}

let summaryWritten = false;

/** When a run fails before it has a report (a bad config, GitHub unreachable), the summary says why. */
export async function writeFailureSummary(message: string): Promise<void> {
  if (summaryWritten || !process.env.GITHUB_STEP_SUMMARY) return;
  await core.summary.addRaw(`## minutes-to-issues\n\n**The run failed:** ${message.replace(/</g, '&lt;')}\n`, true).write();
  summaryWritten = true;
}

/** A log line that text from a note cannot turn into a workflow command. */
export function logSafe(text: string): string {
  return text.replace(/::/g, ':\u200b:').replace(/[\r\n]+/g, ' ');
}
