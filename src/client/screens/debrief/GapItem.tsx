import type { Scenario } from '../../../scenario/schema.ts';
import type { Gap } from '../../../shared/gap.ts';
import { useT } from '../../i18n/useT.ts';
import { formatAt } from '../../view/formatAt.ts';
import { useScenarioNames } from '../../view/useScenarioNames.ts';
import { EvidenceLinks } from './EvidenceLinks.tsx';

/** One gap: its severity and message, who was involved, when, and links to its evidence in the timeline. */
export function GapItem({ gap, scenario }: { gap: Gap; scenario: Scenario }) {
  const { t } = useT();
  const names = useScenarioNames(scenario);
  // Names such as "Politie, district Heidebeek" carry commas of their own.
  const involved = [...(gap.agencies ?? []).map(names.agency), ...(gap.roles ?? []).map(names.role)];
  return (
    <li className={`gap gap--${gap.severity}`}>
      <p>
        <span className={`severity severity--${gap.severity}`}>{t(`severity.${gap.severity}`)}</span> {gap.message}
      </p>
      <p className="meta">
        {involved.length > 0 && <span>{t('debrief.gaps.involved', { names: involved.join('; ') })}</span>}
        {gap.at !== undefined && <span> · {t('debrief.gaps.at', { time: formatAt(gap.at, scenario.startTime) })}</span>}
        {gap.evidence.length > 0 && (
          <span>
            {' · '}
            {t('debrief.gaps.evidence')} <EvidenceLinks seqs={gap.evidence} />
          </span>
        )}
      </p>
    </li>
  );
}
