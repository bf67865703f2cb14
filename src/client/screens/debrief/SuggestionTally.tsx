import { useT } from '../../i18n/useT.ts';
import type { RatingSuggestion } from './objectiveFindings.ts';

/** The evaluators' suggested ratings for an objective counted, e.g. "Evaluators suggested: S ×2, M ×1"; nothing when none were made. */
export function SuggestionTally({ suggestions }: { suggestions: readonly RatingSuggestion[] }) {
  const { t } = useT();
  if (suggestions.length === 0) return null;
  return <span className="suggestion-tally">{t('debrief.observations.suggested', { tally: suggestions.map(({ rating, count }) => `${rating} ×${count}`).join(', ') })}</span>;
}
