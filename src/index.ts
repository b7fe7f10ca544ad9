// Entry point of the bundle: runs the action and reports a failure once, at the top.
import * as core from '@actions/core';
import { run } from './main.ts';
import { writeFailureSummary } from './report/write-report.ts';

try {
  await run();
} catch (error) {
  const message = error instanceof Error ? error.message : String(error);
  core.setFailed(message);
  await writeFailureSummary(message).catch(() => {});
}
