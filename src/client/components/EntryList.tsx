import type { TimelineEntry } from '../../engine/index.ts';
import { describeEntry } from '../../analysis/describeEntry.ts';
import type { Scenario } from '../../scenario/schema.ts';
import { formatAt } from '../view/formatAt.ts';
import { useScenarioNames } from '../view/useScenarioNames.ts';

/** Timeline entries in words, newest first: when, who, what. */
export function EntryList({ entries, scenario, empty }: { entries: readonly TimelineEntry[]; scenario: Scenario; empty: string }) {
  const names = useScenarioNames(scenario);
  if (entries.length === 0) return <p>{empty}</p>;
  return (
    <ol className="entry-list" reversed>
      {[...entries].reverse().map((entry) => {
        const { who, what } = describeEntry(entry, names);
        return (
          <li key={entry.seq}>
            <span className="entry-list__time">{formatAt(entry.at, scenario.startTime)}</span> <strong>{who}</strong> {what}
          </li>
        );
      })}
    </ol>
  );
}
