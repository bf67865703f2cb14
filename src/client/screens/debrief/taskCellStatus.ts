import type { TvbTaskCell, TvbTaskRow } from '../../../analysis/tvbMatrix.ts';
import { exhaustiveSwitchError } from '../../../shared/exhaustive.ts';

/**
 * How one organisation's practice in a task compares with the plan on paper:
 * `agreement` (took the part the plan gives it), `deviation` (took another part, or one the plan
 * does not give it, or declined its part), `contest` (claimed a lead someone else claimed too),
 * `gap` (has a part on paper in a task that was played, and did nothing), `unplayed` (nobody
 * acted on the task at all) and `none` (no part on paper, nothing done).
 */
export const TASK_CELL_STATUSES = ['agreement', 'deviation', 'contest', 'gap', 'unplayed', 'none'] as const;
export type TaskCellStatus = (typeof TASK_CELL_STATUSES)[number];

function actedOn(cell: TvbTaskCell): boolean {
  return cell.claimedLead.length + cell.claimedSupport.length + cell.exercised.length > 0;
}

/** Where one organisation's cell of a task row stands: paper beside practice. */
export function taskCellStatus(row: TvbTaskRow, cell: TvbTaskCell): TaskCellStatus {
  const leadClaimants = row.cells.filter((other) => other.claimedLead.length > 0).length;
  if (cell.claimedLead.length > 0 && leadClaimants > 1) return 'contest';
  const played = row.cells.some((other) => actedOn(other) || other.declined.length > 0);
  if (!played) return cell.paper === 'none' ? 'none' : 'unplayed';
  switch (cell.paper) {
    case 'none':
      return actedOn(cell) ? 'deviation' : 'none';
    case 'lead':
      if (cell.claimedLead.length > 0) return 'agreement';
      return actedOn(cell) || cell.declined.length > 0 ? 'deviation' : 'gap';
    case 'support':
      if (cell.claimedLead.length > 0 || cell.declined.length > 0) return 'deviation';
      return actedOn(cell) ? 'agreement' : 'gap';
    default:
      return exhaustiveSwitchError(cell.paper);
  }
}

