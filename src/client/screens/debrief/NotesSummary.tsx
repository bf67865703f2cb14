import type { Scenario } from '../../../scenario/schema.ts';
import { hasDebriefNotes, type DebriefNotes } from '../../../shared/debriefNotes.ts';
import { useT } from '../../i18n/useT.ts';
import { useScenarioNames } from '../../view/useScenarioNames.ts';
import { EXERCISE_FACTS } from './ExerciseFields.tsx';

function Bullets({ title, lines }: { title: string; lines: readonly string[] }) {
  if (lines.length === 0) return null;
  return (
    <>
      <h3>{title}</h3>
      <ul>
        {lines.map((line, position) => (
          <li key={position}>{line}</li>
        ))}
      </ul>
    </>
  );
}

/** The facilitator's notes to read: ratings, strengths, improvements and the plan, without a way to change them. */
export function NotesSummary({ notes, scenario }: { notes: DebriefNotes; scenario: Scenario }) {
  const { t } = useT();
  const names = useScenarioNames(scenario);
  const recorded = hasDebriefNotes(notes);
  const facts = EXERCISE_FACTS.filter(({ field }) => notes.exercise[field] !== '');
  const objectiveText = (id: string) => scenario.objectives.find((objective) => objective.id === id)?.text ?? id;
  return (
    <section className="panel debrief-section" aria-labelledby="debrief-notes">
      <h2 id="debrief-notes">{t('debrief.notes')}</h2>
      {!recorded && <p>{t('debrief.notes.none')}</p>}
      {facts.length > 0 && (
        <>
          <h3>{t('debrief.exercise')}</h3>
          <dl>
            {facts.map(({ field, label }) => (
              <div key={field}>
                <dt>{t(label)}</dt>
                <dd>{notes.exercise[field]}</dd>
              </div>
            ))}
          </dl>
        </>
      )}
      {notes.ratings.length > 0 && (
        <>
          <h3>{t('debrief.objectives')}</h3>
          <p className="hint">{t('rating.legend')}</p>
          <dl className="ratings">
            {notes.ratings.map((rating) => (
              <div key={rating.objective}>
                <dt>{objectiveText(rating.objective)}</dt>
                <dd>
                  <strong>{rating.rating}</strong> {rating.notes}
                </dd>
              </div>
            ))}
          </dl>
        </>
      )}
      <Bullets title={t('debrief.strengths')} lines={notes.strengths} />
      <Bullets title={t('debrief.improvements')} lines={notes.improvements} />
      {notes.plan.length > 0 && (
        <>
          <h3>{t('debrief.plan')}</h3>
          <table>
            <thead>
              <tr>
                <th scope="col">{t('debrief.plan.area')}</th>
                <th scope="col">{t('debrief.plan.action')}</th>
                <th scope="col">{t('debrief.plan.owner')}</th>
                <th scope="col">{t('debrief.plan.contact')}</th>
                <th scope="col">{t('debrief.plan.start')}</th>
                <th scope="col">{t('debrief.plan.due')}</th>
                <th scope="col">{t('debrief.plan.status')}</th>
              </tr>
            </thead>
            <tbody>
              {notes.plan.map((item, position) => (
                <tr key={position}>
                  <td>{item.area}</td>
                  <td>{item.action}</td>
                  <td>{names.agency(item.owner)}</td>
                  <td>{item.contact}</td>
                  <td>{item.start}</td>
                  <td>{item.due}</td>
                  <td>{t(`debrief.plan.status.${item.status}`)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}
