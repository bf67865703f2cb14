import { useMemo, useRef } from 'react';
import { AgencyColumnsHead } from '../../components/AgencyColumnsHead.tsx';
import { buildTvbMatrix } from '../../../analysis/tvbMatrix.ts';
import type { TimelineEntry } from '../../../engine/index.ts';
import type { Scenario } from '../../../scenario/schema.ts';
import { useT } from '../../i18n/useT.ts';
import { useFitting } from './useFitting.ts';
import { useRotation } from './useRotation.ts';

/** How long the room sees one part of a board too long for the screen. */
const PART_MS = 10_000;

/**
 * Tasks × organisations as played: who claimed the lead, who supports, who declined, which
 * authorities were used. Only practice: the plan on paper stays for the debrief. Only tasks
 * someone acted on get a row, and the rest are counted below it; when the rows still do not fit
 * the screen, it shows as many as fit and turns to the next ones every ten seconds.
 */
export function TvbBoard({ scenario, timeline }: { scenario: Scenario; timeline: readonly TimelineEntry[] }) {
  const { t } = useT();
  const matrix = useMemo(() => buildTvbMatrix(scenario, timeline), [scenario, timeline]);
  const active = matrix.tasks.filter((row) => row.cells.some((cell) => cell.claimedLead.length + cell.claimedSupport.length + cell.declined.length + cell.exercised.length > 0));
  const untouched = matrix.tasks.length - active.length;
  const authorityName = (id: string) => scenario.authorities.find((authority) => authority.id === id)?.name ?? id;
  const box = useRef<HTMLDivElement>(null);
  const rowsPerPart = useFitting(
    box,
    active.map((_, index) => active.length - index),
    active.map((row) => row.task).join(' '),
  );
  const parts = Math.max(1, Math.ceil(active.length / rowsPerPart));
  const part = useRotation(parts, PART_MS);
  const shown = active.slice(part * rowsPerPart, (part + 1) * rowsPerPart);
  return (
    <section className="tvb" aria-labelledby="tvb-heading">
      <h2 id="tvb-heading">{t('display.tvb')}</h2>
      {active.length === 0 ? (
        <p>{matrix.tasks.length === 0 ? t('display.tvb.empty') : t('display.tvb.nothingYet')}</p>
      ) : (
        <div className="tvb__fit" ref={box}>
        <table className="tvb__table">
          <AgencyColumnsHead first={t('display.tvb.task')} agencies={scenario.agencies} />
          <tbody>
            {shown.map((row) => (
              <tr key={row.task}>
                <th scope="row">{scenario.tasks.find((task) => task.id === row.task)?.name ?? row.task}</th>
                {row.cells.map((cell) => (
                  <td key={cell.agency} className={cell.claimedLead.length > 0 ? 'tvb__cell tvb__cell--lead' : cell.claimedSupport.length > 0 ? 'tvb__cell tvb__cell--support' : 'tvb__cell'}>
                    {cell.claimedLead.length > 0 && <span className="tvb__mark">{t('display.tvb.lead')}</span>}
                    {cell.claimedSupport.length > 0 && <span className="tvb__mark">{t('display.tvb.support')}</span>}
                    {cell.declined.length > 0 && <span className="tvb__mark tvb__mark--declined">{t('display.tvb.declined')}</span>}
                    {[...new Set(cell.exercised.map((use) => use.authority))].map((authority) => (
                      <span key={authority} className="tvb__authority">
                        {t('display.tvb.used', { authority: authorityName(authority) })}
                      </span>
                    ))}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
        </div>
      )}
      {(parts > 1 || (active.length > 0 && untouched > 0)) && (
        <p className="tvb__untouched">
          {parts > 1 && t('display.tvb.part', { part: part + 1, parts })} {active.length > 0 && untouched > 0 && t('display.tvb.untouched', { count: untouched })}
        </p>
      )}
    </section>
  );
}
