import type { Scenario } from '../../../scenario/schema.ts';
import { GAP_CODES, type Gap } from '../../../shared/gap.ts';
import { useT } from '../../i18n/useT.ts';
import { GapItem } from './GapItem.tsx';

/** The gaps grouped by code: what each code means, what to discuss, and each gap with who was involved and its evidence. */
export function GapsSection({ gaps, scenario }: { gaps: readonly Gap[]; scenario: Scenario }) {
  const { t } = useT();
  const groups = GAP_CODES.map((code) => ({ code, gaps: gaps.filter((gap) => gap.code === code) })).filter((group) => group.gaps.length > 0);
  return (
    <section className="panel debrief-section" aria-labelledby="debrief-gaps">
      <h2 id="debrief-gaps">{t('debrief.gaps', { count: gaps.length })}</h2>
      {groups.length === 0 && <p>{t('debrief.gaps.none')}</p>}
      {groups.map((group) => (
        <section key={group.code} className="gap-group" aria-labelledby={`gap-group-${group.code}`}>
          <h3 id={`gap-group-${group.code}`}>
            {t(`gap.${group.code}.title`)} <code>{group.code}</code> ({group.gaps.length})
          </h3>
          <p>{t(`gap.${group.code}.meaning`)}</p>
          <p className="hint">
            <strong>{t('debrief.gaps.discuss')}</strong> {t(`gap.${group.code}.discuss`)}
          </p>
          <ul className="gap-list">
            {group.gaps.map((gap, position) => (
              <GapItem key={position} gap={gap} scenario={scenario} />
            ))}
          </ul>
        </section>
      ))}
    </section>
  );
}
