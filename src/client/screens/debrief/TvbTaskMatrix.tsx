import { AgencyColumnsHead } from '../../components/AgencyColumnsHead.tsx';
import type { TvbTaskCell, TvbTaskRow } from '../../../analysis/tvbMatrix.ts';
import type { Scenario } from '../../../scenario/schema.ts';
import { useT } from '../../i18n/useT.ts';
import { EvidenceLinks } from './EvidenceLinks.tsx';
import { TASK_CELL_STATUSES, taskCellStatus } from './taskCellStatus.ts';

function TaskCell({ row, cell, authorityName }: { row: TvbTaskRow; cell: TvbTaskCell; authorityName: (id: string) => string }) {
  const { t } = useT();
  const status = taskCellStatus(row, cell);
  const practice = [
    { label: t('debrief.tvb.claimedLead'), seqs: cell.claimedLead },
    { label: t('debrief.tvb.claimedSupport'), seqs: cell.claimedSupport },
    { label: t('debrief.tvb.declined'), seqs: cell.declined },
    ...cell.exercised.map((use) => ({ label: t('debrief.tvb.exercised', { authority: authorityName(use.authority) }), seqs: [use.seq] })),
  ].filter((item) => item.seqs.length > 0);
  return (
    <td className={`tvb-cell tvb-cell--${status}`} data-status={status}>
      {cell.paper !== 'none' && <span className="tvb-cell__paper">{t(`debrief.tvb.paper.${cell.paper}`)}</span>}
      {practice.map((item) => (
        <span key={item.label} className="tvb-cell__practice">
          {item.label} <EvidenceLinks seqs={item.seqs} />
        </span>
      ))}
      {status !== 'none' && <span className="tvb-cell__status">{t(`debrief.status.${status}`)}</span>}
    </td>
  );
}

/** Tasks × organisations: each cell the part on paper, what was done in play, and a colour for how the two compare. */
export function TvbTaskMatrix({ rows, scenario }: { rows: readonly TvbTaskRow[]; scenario: Scenario }) {
  const { t } = useT();
  const taskName = (id: string) => scenario.tasks.find((task) => task.id === id)?.name ?? id;
  const authorityName = (id: string) => scenario.authorities.find((authority) => authority.id === id)?.name ?? id;
  return (
    <section className="panel debrief-section" aria-labelledby="debrief-tvb-tasks">
      <h2 id="debrief-tvb-tasks">{t('debrief.tvb.tasks')}</h2>
      {rows.length === 0 ? (
        <p>{t('debrief.tvb.noTasks')}</p>
      ) : (
        <>
          <ul className="tvb-legend">
            {TASK_CELL_STATUSES.filter((status) => status !== 'none').map((status) => (
              <li key={status}>
                <span className={`tvb-legend__swatch tvb-cell--${status}`} aria-hidden="true" /> {t(`debrief.status.${status}`)}
              </li>
            ))}
          </ul>
          <div className="table-scroll">
            <table className="tvb-matrix">
              <AgencyColumnsHead first={t('debrief.tvb.task')} agencies={scenario.agencies} />
              <tbody>
                {rows.map((row) => (
                  <tr key={row.task}>
                    <th scope="row">{taskName(row.task)}</th>
                    {row.cells.map((cell) => (
                      <TaskCell key={cell.agency} row={row} cell={cell} authorityName={authorityName} />
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </section>
  );
}
