import type { LevelsReport } from '../../../analysis/levelsReport.ts';
import { LEVELS, type Scenario } from '../../../scenario/schema.ts';
import type { Gap } from '../../../shared/gap.ts';
import { useT } from '../../i18n/useT.ts';
import { formatAt } from '../../view/formatAt.ts';
import { useScenarioNames } from '../../view/useScenarioNames.ts';
import { EvidenceLinks } from './EvidenceLinks.tsx';

/**
 * The link between the levels after play (section 18): escalations about a matter from level to
 * level with how many were answered, marked where some were not; and for each level a matter was
 * expected to reach, its release, deadline and the moment it got there, or that it never did.
 */
export function LevelsSection({ levels, gaps, scenario }: { levels: LevelsReport; gaps: readonly Gap[]; scenario: Scenario }) {
  const { t } = useT();
  const names = useScenarioNames(scenario);
  const at = (seconds: number) => formatAt(seconds, scenario.startTime);
  const evidenceOf = (inject: string, level: string) =>
    gaps.find((gap) => (gap.code === 'missed-escalation' || gap.code === 'late-escalation') && gap.inject === inject && gap.level === level)?.evidence ?? [];
  const nothing = levels.escalations.every((pair) => pair.count === 0) && levels.expectations.length === 0;
  return (
    <section className="panel debrief-section" aria-labelledby="debrief-levels">
      <h2 id="debrief-levels">{t('debrief.levels')}</h2>
      {nothing ? (
        <p>{t('debrief.levels.none')}</p>
      ) : (
        <>
          <div className="table-scroll">
            <table className="levels-matrix">
              <caption>{t('debrief.levels.matrix')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('debrief.levels.fromTo')}</th>
                  {LEVELS.map((level) => (
                    <th key={level} scope="col">
                      {t(`level.${level}`)}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {LEVELS.map((from) => (
                  <tr key={from}>
                    <th scope="row">{t(`level.${from}`)}</th>
                    {LEVELS.map((to) => {
                      const pair = levels.escalations.find((candidate) => candidate.from === from && candidate.to === to);
                      const count = pair?.count ?? 0;
                      const answered = pair?.answered ?? 0;
                      return (
                        <td key={to} className={answered < count ? 'levels-matrix__cell--unanswered' : undefined}>
                          {count === 0 ? '' : t('debrief.levels.cell', { count, answered })}
                        </td>
                      );
                    })}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {levels.expectations.length > 0 && (
            <>
              <h3>{t('debrief.levels.expected')}</h3>
              <ul className="levels-expectations">
                {levels.expectations.map((expectation) => {
                  const late = expectation.deadline !== null && expectation.reached !== null && expectation.reached > expectation.deadline;
                  const reached =
                    expectation.reached === null || expectation.by === null
                      ? t('debrief.levels.never')
                      : t(late ? 'debrief.levels.reachedLate' : 'debrief.levels.reached', { at: at(expectation.reached), by: names.role(expectation.by) });
                  return (
                    <li key={`${expectation.inject}-${expectation.level}`} className={expectation.reached === null || late ? 'levels-expectations__item--missed' : undefined}>
                      <strong>{names.release(expectation.inject)}</strong> → {t(`level.${expectation.level}`)}:{' '}
                      {t('debrief.levels.released', { at: at(expectation.released) })}
                      {expectation.deadline !== null && `, ${t('debrief.levels.deadline', { at: at(expectation.deadline) })}`}, {reached}{' '}
                      <EvidenceLinks seqs={evidenceOf(expectation.inject, expectation.level)} />
                    </li>
                  );
                })}
              </ul>
            </>
          )}
        </>
      )}
    </section>
  );
}
