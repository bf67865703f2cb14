import type { GapCode } from '../shared/gap.ts';

/** The themes the after-action report groups gaps under, in report order. */
export const GAP_THEMES = ['tasks', 'authorities', 'information', 'levels', 'cooperation'] as const;
export type GapTheme = (typeof GAP_THEMES)[number];

/** Which theme each gap code belongs to: who does what, who may do what, who knows what, how the levels connect, how closely agencies work together. */
export const GAP_THEME: Record<GapCode, GapTheme> = {
  'task-without-lead': 'tasks',
  'unclaimed-task': 'tasks',
  'late-response': 'tasks',
  'contested-lead': 'tasks',
  'lead-deviation': 'tasks',
  'undecided-decision': 'tasks',
  'lead-lacks-authority': 'authorities',
  'authority-without-holder': 'authorities',
  'authority-overreach': 'authorities',
  'sharing-without-basis': 'information',
  'unanswered-request': 'information',
  'level-mismatch': 'levels',
  'missed-escalation': 'levels',
  'late-escalation': 'levels',
  'unanswered-escalation': 'levels',
  'below-ambition': 'cooperation',
};
