import type { Gap } from '../../shared/gap.ts';
import { useT } from '../i18n/useT.ts';
import { formatAt } from '../view/formatAt.ts';

function gapKey(gap: Gap): string {
  return [gap.code, gap.task, gap.authority, gap.information, gap.inject, gap.agencies?.join('+'), gap.evidence.join('+')].join('|');
}

/** Gaps by their severity (in words, not only the colour of their border) and title in the interface language, when they arose, and what happened. */
export function GapList({ gaps, startTime }: { gaps: Gap[]; startTime: string | undefined }) {
  const { t } = useT();
  return (
    <ul className="gap-list">
      {gaps.map((gap) => (
        <li key={gapKey(gap)} className={`gap gap--${gap.severity}`}>
          <span className={`severity severity--${gap.severity}`}>{t(`severity.${gap.severity}`)}</span> <strong>{t(`gap.${gap.code}.title`)}</strong> <span className="meta">{gap.at === undefined ? '' : formatAt(gap.at, startTime)}</span>
          <p>{gap.message}</p>
        </li>
      ))}
    </ul>
  );
}
