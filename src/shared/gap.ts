/** The gap codes of the scenario format (section 14): paper gaps from the scenario alone, practice gaps from play. */
export const PAPER_GAP_CODES = ['task-without-lead', 'lead-lacks-authority', 'authority-without-holder'] as const;
export const PRACTICE_GAP_CODES = [
  'unclaimed-task',
  'late-response',
  'contested-lead',
  'lead-deviation',
  'authority-overreach',
  'level-mismatch',
  'sharing-without-basis',
  'unanswered-request',
  'undecided-decision',
  'below-ambition',
  // The link between levels (section 18)
  'missed-escalation',
  'late-escalation',
  'unanswered-escalation',
] as const;
export const GAP_CODES = [...PAPER_GAP_CODES, ...PRACTICE_GAP_CODES] as const;

export type PaperGapCode = (typeof PAPER_GAP_CODES)[number];
export type PracticeGapCode = (typeof PRACTICE_GAP_CODES)[number];
export type GapCode = (typeof GAP_CODES)[number];
export type GapSeverity = 'high' | 'medium' | 'low';

/**
 * A gap between the plan on paper and what happened (or within the plan itself). Fields that do
 * not apply are left out; `at` (scenario seconds) is present on practice gaps only.
 */
export interface Gap {
  code: GapCode;
  kind: 'paper' | 'practice';
  severity: GapSeverity;
  task?: string;
  authority?: string;
  information?: string;
  inject?: string;
  /** A command level (strategic, tactical, operational); only in gaps of the section-18 codes. */
  level?: string;
  agencies?: string[];
  roles?: string[];
  at?: number;
  evidence: number[];
  message: string;
}
