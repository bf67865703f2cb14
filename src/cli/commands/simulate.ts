import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { buildReport, isReportFormat, REPORT_FORMATS } from '../../analysis/index.ts';
import { playScript } from '../../engine/playScript.ts';
import { formatMessage } from '../../scenario/index.ts';
import { parseActionScript } from '../../shared/actionScript.ts';
import { renderReportFile } from '../../server/reportFile.ts';
import { STDIN_NAME } from '../readInput.ts';
import { readScenarioFile } from '../readScenarioFile.ts';
import { checkReportDestination, OUT_OPTION, writeOutput } from '../commandOutput.ts';
import { EXIT, UsageError } from '../usageError.ts';

export const SIMULATE_HELP = `Usage: samenspel simulate SCENARIO --actions SCRIPT [--seed N] [--format json|md|html|csv|pdf] [--out FILE]

Plays a scenario headlessly from the start to the end of play with the inputs of an action
script, and prints the debrief report: the gaps between the plan on paper and what was done.

The script is JSON Lines: one action or facilitator input per line, each with "at", e.g.
  {"at":"20m","by":"handhaving","type":"claim","task":"contact-beheerder","as":"lead"}
  {"at":"50m","type":"fire","event":"u4"}
Lines the engine refuses are listed under "refused" with their line number and reason; a
malformed line stops the run with an error naming its line.

Options:
  --actions SCRIPT   the action script (required; use an empty file for a run without inputs)
                     SCENARIO or SCRIPT "-" reads standard input (one of them at most)
  --seed N           seed for chance triggers (default: the scenario's seed, else 0)
  --format FORMAT    json (default), md (a readable debrief), html (a standalone after-action
                     report that prints on A4), csv (every section for spreadsheets) or pdf
                     (the after-action report as an A4 document)
  --out FILE         write the report into FILE instead of standard output
  -h, --help         show this help`;

/** `samenspel simulate`: a headless run of a scenario with an action script. */
export async function simulateCommand(args: string[], out: (text: string) => void, err: (text: string) => void): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      actions: { type: 'string' },
      seed: { type: 'string' },
      format: { type: 'string', default: 'json' },
      ...OUT_OPTION,
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    out(SIMULATE_HELP);
    return EXIT.ok;
  }
  if (positionals.length !== 1) throw new UsageError('name exactly one scenario file');
  if (values.actions === undefined) throw new UsageError('--actions SCRIPT is required');
  if (positionals[0] === '-' && values.actions === '-') throw new UsageError('standard input can feed the scenario or the action script, not both; name a file for one of them');
  if (!isReportFormat(values.format)) throw new UsageError(`--format must be one of ${REPORT_FORMATS.join(', ')}, not "${values.format}"`);
  if (values.seed !== undefined && !(/^-?\d+$/.test(values.seed) && Number.isSafeInteger(Number(values.seed)))) {
    throw new UsageError(`--seed must be a whole number between -${Number.MAX_SAFE_INTEGER} and ${Number.MAX_SAFE_INTEGER}, not "${values.seed}"`);
  }
  checkReportDestination(values.format, values.out);

  const [scenarioFile] = positionals as [string];
  const loaded = readScenarioFile(scenarioFile);
  if (!loaded.ok) {
    loaded.messages.forEach((message) => err(formatMessage(message)));
    err(`samenspel simulate: ${scenarioFile} has errors; fix them first (samenspel validate ${scenarioFile})`);
    return EXIT.failed;
  }

  const scriptName = values.actions === '-' ? STDIN_NAME : values.actions;
  let scriptText: string;
  try {
    scriptText = readFileSync(values.actions === '-' ? 0 : values.actions, 'utf8');
  } catch (error) {
    err(`samenspel simulate: cannot read the action script ${scriptName}: ${(error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message}`);
    return EXIT.failed;
  }
  const script = parseActionScript(scriptText);
  if (!script.ok) {
    script.errors.forEach((error) => err(`${scriptName}:${error.line}: ${error.message}`));
    err(`samenspel simulate: ${script.errors.length} malformed ${script.errors.length === 1 ? 'line' : 'lines'} in ${scriptName}`);
    return EXIT.failed;
  }

  const scenario = loaded.scenario;
  const seed = values.seed !== undefined ? Number(values.seed) : (scenario.seed ?? 0);
  const run = playScript(scenario, seed, script.lines);
  const report = buildReport({ scenario, seed, timeline: run.timeline, refused: run.refused });
  const body = await renderReportFile(values.format, report, scenario);
  return writeOutput(body, values.out, out, err, 'simulate') ? EXIT.ok : EXIT.failed;
}
