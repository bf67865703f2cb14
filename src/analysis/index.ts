/** The analysis of play: practice gaps, cooperation, the TVB matrix and the debrief report. */
export { summariseAgencies, type AgencySummary, type FirstResponse, type ResponseTime } from './agencySummary.ts';
export { compareRuns, countGapsByCode, gapIdentity, type GapComparison } from './compareRuns.ts';
export {
  COOPERATION_MEASURES,
  assessCooperation,
  cooperationLevel,
  exchangesBetween,
  exchangesIn,
  isLowerLevel,
  measureCooperation,
  type CooperationEntry,
  type CooperationLevel,
  type Exchange,
  type ExchangeKind,
  type PairAssessment,
} from './cooperation.ts';
export { describeEntry, type EntryDescription } from './describeEntry.ts';
export { analysisMessages, type AnalysisTranslate } from './messages/analysisMessages.ts';
export {
  actorAgency,
  isActionEntry,
  readPlay,
  type ActionEntry,
  type ActionEntryOf,
  type AuthorityUse,
  type PlayRecord,
} from './playRecord.ts';
export { levelsInPlay, type LevelsInPlay, type OpenEscalation, type WaitingExpectation } from './levelsInPlay.ts';
export { summariseLevels, type LevelExpectationResult, type LevelPair, type LevelsReport } from './levelsReport.ts';
export { PRACTICE_GAP_SEVERITY, withGapKeyOrder } from './practiceGap.ts';
export { comparePracticeGaps, findPracticeGaps } from './practiceGaps.ts';
export { buildReport, type DebriefReport, type RefusedLine, type ReportInput } from './report.ts';
export { buildDebriefDocument } from './debriefDocument.ts';
export { plainParts, type Block, type CoverFact, type Inline, type ListItem } from './documentBlocks.ts';
export { mostSeriousGaps } from './executiveSummary.ts';
export { GAP_THEME, GAP_THEMES, type GapTheme } from './gapThemes.ts';
export { exerciseDate, type RunFacts } from './reportCover.ts';
export { renderReportCsv } from './reportCsv.ts';
export { REPORT_FORMATS, TEXT_REPORT_FORMATS, isReportFormat, renderReport, type ReportFormat, type TextReportFormat } from './reportFormats.ts';
export { escapeHtml, renderReportHtml } from './reportHtml.ts';
export { renderReportMarkdown } from './reportMarkdown.ts';
export { scenarioNames, type ScenarioNames } from './scenarioNames.ts';
export {
  buildTvbMatrix,
  type ExercisedFor,
  type PaperPart,
  type TvbAuthorityCell,
  type TvbAuthorityRow,
  type TvbMatrix,
  type TvbTaskCell,
  type TvbTaskRow,
} from './tvbMatrix.ts';
