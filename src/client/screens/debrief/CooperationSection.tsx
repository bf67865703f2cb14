import { useMemo } from 'react';
import type { Edge } from '@xyflow/react';
import { isLowerLevel, type CooperationEntry, type CooperationLevel } from '../../../analysis/cooperation.ts';
import type { Scenario } from '../../../scenario/schema.ts';
import { NetworkCanvas } from '../../components/NetworkCanvas.tsx';
import { useT } from '../../i18n/useT.ts';
import { useScenarioNames } from '../../view/useScenarioNames.ts';
import { COOPERATION_COLOURS } from '../display/cooperationColours.ts';

function belowAmbition(pair: CooperationEntry): boolean {
  return pair.ambition !== undefined && isLowerLevel(pair.level, pair.ambition);
}

/** The pairs worth drawing: those that exchanged something and those the scenario sets an ambition for. */
function drawnPairs(cooperation: readonly CooperationEntry[]): CooperationEntry[] {
  return cooperation.filter((pair) => pair.level !== 'none' || pair.ambition !== undefined);
}

/** The cooperation network after play: the level each pair reached against its ambition, dashed where the ambition was not met, with the same in a table. */
export function CooperationSection({ cooperation, scenario }: { cooperation: readonly CooperationEntry[]; scenario: Scenario }) {
  const { t } = useT();
  const names = useScenarioNames(scenario);
  const pairs = drawnPairs(cooperation);
  const levelName = (level: CooperationLevel) => t(`cooperation.${level}`);
  const edges = useMemo<Edge[]>(
    () =>
      drawnPairs(cooperation).map((pair) => {
        const [a, b] = pair.agencies;
        const level = t(`cooperation.${pair.level}`);
        const label = pair.ambition === undefined ? level : t('debrief.cooperation.edge', { level, ambition: t(`cooperation.${pair.ambition}`) });
        return {
          id: `${a}--${b}`,
          source: a,
          target: b,
          type: 'centre',
          label,
          className: belowAmbition(pair) ? 'network-edge--below' : 'network-edge--met',
          style: { stroke: COOPERATION_COLOURS[pair.level], strokeWidth: 4, ...(belowAmbition(pair) ? { strokeDasharray: '10 6' } : {}) },
        };
      }),
    [cooperation, t],
  );
  return (
    <section className="panel debrief-section" aria-labelledby="debrief-cooperation">
      <h2 id="debrief-cooperation">{t('debrief.cooperation')}</h2>
      {pairs.length === 0 ? (
        <p>{t('debrief.cooperation.none')}</p>
      ) : (
        <>
          <NetworkCanvas scenario={scenario} edges={edges} className="debrief-network" />
          <p className="hint">{t('debrief.cooperation.legend')}</p>
          <div className="table-scroll">
            <table className="cooperation-table">
              <thead>
                <tr>
                  <th scope="col">{t('debrief.cooperation.pair')}</th>
                  <th scope="col">{t('debrief.cooperation.level')}</th>
                  <th scope="col">{t('debrief.cooperation.ambition')}</th>
                  <th scope="col">{t('debrief.cooperation.verdict')}</th>
                </tr>
              </thead>
              <tbody>
                {pairs.map((pair) => (
                  <tr key={pair.agencies.join('--')} className={belowAmbition(pair) ? 'cooperation-row--below' : undefined}>
                    <th scope="row">{pair.agencies.map(names.agency).join(' ↔ ')}</th>
                    <td>
                      <span className="swatch" style={{ background: COOPERATION_COLOURS[pair.level] }} aria-hidden="true" /> {levelName(pair.level)}
                    </td>
                    <td>{pair.ambition === undefined ? '—' : levelName(pair.ambition)}</td>
                    <td>{pair.ambition === undefined ? t('debrief.cooperation.noAmbition') : belowAmbition(pair) ? t('debrief.cooperation.below') : t('debrief.cooperation.met')}</td>
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
