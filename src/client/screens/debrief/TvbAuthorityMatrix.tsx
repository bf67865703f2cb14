import type { TvbAuthorityCell, TvbAuthorityRow } from '../../../analysis/tvbMatrix.ts';
import type { Scenario } from '../../../scenario/schema.ts';
import { useT } from '../../i18n/useT.ts';
import { EvidenceLinks } from './EvidenceLinks.tsx';

function cellClass(cell: TvbAuthorityCell | undefined): string {
  if (cell === undefined) return 'authority-cell';
  if (cell.overreach) return 'authority-cell authority-cell--overreach';
  if (cell.wrongLevel) return 'authority-cell authority-cell--wrong-level';
  return cell.exercised.length > 0 ? 'authority-cell authority-cell--used' : 'authority-cell authority-cell--holder';
}

/** Authorities × roles: who holds each power on paper, who used it in play, and where that overreached or was at the wrong level. */
export function TvbAuthorityMatrix({ rows, scenario }: { rows: readonly TvbAuthorityRow[]; scenario: Scenario }) {
  const { t } = useT();
  const involved = new Set(rows.flatMap((row) => row.cells.map((cell) => cell.role)));
  const roles = scenario.agencies.flatMap((agency) => agency.roles.filter((role) => involved.has(role.id)).map((role) => ({ ...role, agency })));
  const authorityName = (id: string) => scenario.authorities.find((authority) => authority.id === id)?.name ?? id;
  return (
    <section className="panel debrief-section" aria-labelledby="debrief-tvb-authorities">
      <h2 id="debrief-tvb-authorities">{t('debrief.tvb.authorities')}</h2>
      {rows.length === 0 ? (
        <p>{t('debrief.tvb.noAuthorities')}</p>
      ) : (
        <div className="table-scroll">
          <table className="tvb-matrix">
            <thead>
              <tr>
                <th scope="col">{t('debrief.tvb.authority')}</th>
                {roles.map((role) => (
                  <th key={role.id} scope="col">
                    {role.name} <span className="meta">({role.agency.short ?? role.agency.name})</span>
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.authority}>
                  <th scope="row">
                    {authorityName(row.authority)}
                    {row.level !== undefined && <span className="meta"> ({t(`level.${row.level}`)})</span>}
                  </th>
                  {roles.map((role) => {
                    const cell = row.cells.find((candidate) => candidate.role === role.id);
                    return (
                      <td key={role.id} className={cellClass(cell)}>
                        {cell?.holds === true && <span>{t('debrief.tvb.holder')}</span>}
                        {cell !== undefined && cell.exercised.length > 0 && (
                          <span>
                            {t('debrief.tvb.used')} <EvidenceLinks seqs={cell.exercised} />
                          </span>
                        )}
                        {cell?.overreach === true && <strong>{t('debrief.tvb.overreach')}</strong>}
                        {cell?.wrongLevel === true && <strong>{t('debrief.tvb.wrongLevel')}</strong>}
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
