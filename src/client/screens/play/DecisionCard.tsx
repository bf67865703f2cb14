import type { Decision } from '../../../scenario/schema.ts';
import { Markdown } from '../../components/Markdown.tsx';
import { useT } from '../../i18n/useT.ts';
import { useScenarioNames } from '../../view/useScenarioNames.ts';
import { DecisionForm } from './forms/DecisionForm.tsx';
import { useParticipantView } from './useParticipantView.ts';

/** A decision point in a message: the prompt, and its options for whoever may decide. */
export function DecisionCard({ release, decision }: { release: string; decision: Decision }) {
  const { t } = useT();
  const { role, agency, scenario } = useParticipantView();
  const names = useScenarioNames(scenario);
  const mayDecide = decision.by === undefined || decision.by === role || decision.by === agency;
  return (
    <div className="decision">
      <h4>{t('decision.heading')}</h4>
      <Markdown text={decision.prompt} />
      {mayDecide ? <DecisionForm release={release} decision={decision} /> : <p>{t('decision.byOther', { party: names.party(decision.by ?? '') })}</p>}
    </div>
  );
}
