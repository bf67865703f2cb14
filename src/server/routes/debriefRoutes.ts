import { compareRuns, countGapsByCode, isReportFormat, REPORT_FORMATS, type DebriefReport, type ReportFormat } from '../../analysis/index.ts';
import { debriefNotesSchema, hasDebriefNotes, type DebriefNotes } from '../../shared/debriefNotes.ts';
import type { ComparedRun, RunComparisonBody, RunsBody } from '../../shared/httpApi.ts';
import { ERROR_CODES, MAX_MESSAGE_BYTES } from '../../shared/protocol.ts';
import type { Credential } from '../credentials.ts';
import { readBody } from '../httpIo.ts';
import type { LiveSession } from '../liveSession.ts';
import { renderReportFile } from '../reportFile.ts';
import { runFactsOf } from '../runFacts.ts';
import type { RunOfScenario, SessionRegistry } from '../sessionRegistry.ts';
import { file, json, refuse, refusalOf, text, type Reply } from './reply.ts';
import type { OwnerRequest, SessionRequest } from './routeTable.ts';

/** The report as a credential may read it: the evaluators' observations are for the control team (section 19), never for participants or the display. */
function reportFor(session: LiveSession, credential: Credential): DebriefReport {
  const report = session.report();
  return credential.kind === 'facilitator' || credential.kind === 'evaluator' ? report : { ...report, observations: [] };
}

const REPORT_CONTENT_TYPES: Record<ReportFormat, string> = {
  json: 'application/json; charset=utf-8',
  md: 'text/markdown; charset=utf-8',
  html: 'text/html; charset=utf-8',
  csv: 'text/csv; charset=utf-8',
  pdf: 'application/pdf',
};

/** The handlers of the debrief: the report in each format, the facilitator's notes, and the runs of the same scenario. */
export function debriefHandlers(registry: SessionRegistry) {
  return {
    /** The report; its JSON is the `ReportBody` of the shared API types, rendered as the command line exports it; a PDF comes as a file to download. */
    async report({ req, session, credential }: SessionRequest): Promise<Reply> {
      if (credential.kind !== 'facilitator' && session.status !== 'ended') {
        return refuse(403, ERROR_CODES.forbidden, 'the debrief opens for everyone once the exercise has ended; until then only the facilitator key may read it');
      }
      const format = new URL(req.url ?? '/', 'http://localhost').searchParams.get('format') ?? 'json';
      if (!isReportFormat(format)) return refuse(400, ERROR_CODES.badMessage, `format must be one of ${REPORT_FORMATS.join(', ')}, not "${format}"`);
      const notes = session.notes();
      const body = await renderReportFile(format, reportFor(session, credential), session.scenario, hasDebriefNotes(notes) ? notes : undefined, runFactsOf(session.record));
      return typeof body === 'string'
        ? text(200, REPORT_CONTENT_TYPES[format], body)
        : file(200, REPORT_CONTENT_TYPES[format], body, `debrief-${session.scenario.id}-${session.id}.${format}`);
    },

    notes({ session }: SessionRequest): Reply {
      return json(200, session.notes() satisfies DebriefNotes);
    },

    async saveNotes({ req, session }: SessionRequest): Promise<Reply> {
      const notes = await readBody(req, debriefNotesSchema, MAX_MESSAGE_BYTES * 4);
      if (!notes.ok) return notes;
      const saved = await session.saveNotes(notes.value);
      return saved.ok ? json(200, saved.value satisfies DebriefNotes) : refusalOf(saved);
    },

    /** The runs of the same scenario and owner. */
    async runs({ session }: OwnerRequest): Promise<Reply> {
      const runs = (await registry.runsOf(session)).map((run) => {
        const gaps = run.report().gaps;
        return {
          sessionId: run.id,
          createdAt: run.record.createdAt,
          status: run.status,
          seed: run.record.seed,
          sameScenarioText: run.record.scenarioHash === session.record.scenarioHash,
          gaps: gaps.length,
          gapsByCode: countGapsByCode(gaps),
        };
      });
      return json(200, { scenarioId: session.scenario.id, runs } satisfies RunsBody);
    },

    /** Which gaps of the earlier of two runs of one scenario and owner closed, persisted or are new in the later. */
    async compare({ session, params, organiser }: OwnerRequest<'otherId'>): Promise<Reply> {
      const other = await registry.run(params.otherId);
      if (!other || other.record.ownerId !== organiser.id || other.record.scenarioId !== session.scenario.id) {
        return refuse(404, ERROR_CODES.sessionNotFound, `there is no run ${params.otherId} of scenario "${session.scenario.id}"`);
      }
      const [earlier, later] = [session, other].sort((a, b) => a.record.createdAt - b.record.createdAt || a.id.localeCompare(b.id)) as [RunOfScenario, RunOfScenario];
      const run = (one: RunOfScenario): ComparedRun => ({ sessionId: one.id, createdAt: one.record.createdAt, status: one.status });
      return json(200, { earlier: run(earlier), later: run(later), ...compareRuns(earlier.report().gaps, later.report().gaps) } satisfies RunComparisonBody);
    },
  };
}
