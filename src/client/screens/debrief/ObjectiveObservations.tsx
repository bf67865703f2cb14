import type { Scenario } from '../../../scenario/schema.ts';
import type { ObjectiveRatingEntry } from '../../../shared/debriefNotes.ts';
import type { Gap } from '../../../shared/gap.ts';
import type { Observation } from '../../../shared/observation.ts';
import { ObservationItem } from '../../components/ObservationItem.tsx';
import { useT } from '../../i18n/useT.ts';
import { EvidenceLinks } from './EvidenceLinks.tsx';
import { GapItem } from './GapItem.tsx';
import { objectiveFindings, type ObjectiveFindings } from './objectiveFindings.ts';
import { SuggestionTally } from './SuggestionTally.tsx';

function FindingsGroup({ findings, rating, scenario, position }: { findings: ObjectiveFindings; rating: ObjectiveRatingEntry | undefined; scenario: Scenario; position: number }) {
  const { t } = useT();
  const { objective, gaps, observations, suggestions } = findings;
  const headingId = `debrief-objective-${position}`;
  return (
    <section className="objective-findings" aria-labelledby={headingId}>
      <h3 id={headingId}>{objective === undefined ? t('debrief.observations.withoutObjective') : objective.text}</h3>
      {objective !== undefined && (
        <p className="meta">
          <span>{rating === undefined ? t('debrief.observations.unrated') : t('debrief.observations.rating', { rating: rating.rating })}</span>
          {rating !== undefined && rating.notes !== '' && <span> — {rating.notes}</span>}
          {suggestions.length > 0 && (
            <span>
              {' · '}
              <SuggestionTally suggestions={suggestions} />
            </span>
          )}
        </p>
      )}
      {objective !== undefined && (objective.tasks ?? []).length > 0 && (
        <>
          <h4>{gaps.length === 0 ? t('debrief.observations.noGaps') : t('debrief.observations.gaps', { count: gaps.length })}</h4>
          {gaps.length > 0 && (
            <ul className="gap-list">
              {gaps.map((gap, index) => (
                <GapItem key={index} gap={gap} scenario={scenario} />
              ))}
            </ul>
          )}
        </>
      )}
      <h4>{t('debrief.observations.count', { count: observations.length })}</h4>
      <ul className="observation-list">
        {observations.map((observation, index) => (
          <ObservationItem key={index} observation={observation} scenario={scenario} renderEntries={(seqs) => <EvidenceLinks seqs={seqs} />} />
        ))}
      </ul>
    </section>
  );
}

/**
 * Each objective with the facilitator's rating, the evaluators' suggestions counted, the gaps in
 * its tasks and the observations about it; then the observations about no objective.
 */
export function ObjectiveObservations({
  scenario,
  gaps,
  observations,
  ratings,
}: {
  scenario: Scenario;
  gaps: readonly Gap[];
  observations: readonly Observation[];
  ratings: readonly ObjectiveRatingEntry[];
}) {
  const { t } = useT();
  const groups = objectiveFindings(scenario, gaps, observations);
  if (groups.length === 0) return null;
  return (
    <section className="panel debrief-section" aria-labelledby="debrief-observations">
      <h2 id="debrief-observations">{t('debrief.observations')}</h2>
      <p className="hint">{t('rating.legend')}</p>
      {groups.map((findings, position) => (
        <FindingsGroup
          key={findings.objective?.id ?? ''}
          findings={findings}
          rating={ratings.find((rating) => rating.objective === findings.objective?.id)}
          scenario={scenario}
          position={position}
        />
      ))}
    </section>
  );
}
