import type { Gap, GapSeverity, PracticeGapCode } from '../shared/gap.ts';

/** Section 17's severity of every practice gap code. */
export const PRACTICE_GAP_SEVERITY: Record<PracticeGapCode, GapSeverity> = {
  'unclaimed-task': 'high',
  'late-response': 'medium',
  'contested-lead': 'high',
  'lead-deviation': 'medium',
  'authority-overreach': 'high',
  'level-mismatch': 'medium',
  'sharing-without-basis': 'high',
  'unanswered-request': 'medium',
  'undecided-decision': 'medium',
  'below-ambition': 'low',
  'missed-escalation': 'high',
  'late-escalation': 'medium',
  'unanswered-escalation': 'medium',
};

/** The report's key order of a gap (section 16 readers diff reports, so it never varies). */
const GAP_KEY_ORDER = [
  'code',
  'kind',
  'severity',
  'task',
  'authority',
  'information',
  'inject',
  'level',
  'agencies',
  'roles',
  'at',
  'evidence',
  'message',
] as const satisfies readonly (keyof Gap)[];

/** The same gap with its keys in the report's order and without keys that do not apply. */
export function withGapKeyOrder(gap: Gap): Gap {
  const ordered: Record<string, unknown> = {};
  for (const key of GAP_KEY_ORDER) {
    if (gap[key] !== undefined) ordered[key] = gap[key];
  }
  return ordered as unknown as Gap;
}

/** What a practice gap finder states; kind and severity follow from the code. */
export type PracticeGapFields = Omit<Gap, 'code' | 'kind' | 'severity' | 'at'> & { code: PracticeGapCode; at: number };

/** A practice gap with section 17's severity and the report's key order. */
export function practiceGap(fields: PracticeGapFields): Gap {
  return withGapKeyOrder({ ...fields, kind: 'practice', severity: PRACTICE_GAP_SEVERITY[fields.code] });
}
