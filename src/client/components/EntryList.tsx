import type { TimelineEntry } from '../../engine/index.ts';
import { describeEntry } from '../../analysis/describeEntry.ts';
import type { Scenario } from '../../scenario/schema.ts';
import { formatAt } from '../view/formatAt.ts';
import { useScenarioNames } from '../view/useScenarioNames.ts';

/** Entries someone can tick, each row its own checkbox's label (a whole row is easy to tap on a tablet). */
export interface EntrySelection {
  selected: readonly number[];
  onToggle: (seq: number) => void;
}

/** Timeline entries in words, newest first: when, who, what; with `selection`, each one can be ticked. */
export function EntryList({ entries, scenario, empty, selection }: { entries: readonly TimelineEntry[]; scenario: Scenario; empty: string; selection?: EntrySelection }) {
  const names = useScenarioNames(scenario);
  if (entries.length === 0) return <p>{empty}</p>;
  return (
    <ol className={selection === undefined ? 'entry-list' : 'entry-list entry-list--selectable'} reversed>
      {[...entries].reverse().map((entry) => {
        const { who, what } = describeEntry(entry, names);
        const line = (
          <>
            <span className="entry-list__time">{formatAt(entry.at, scenario.startTime)}</span> <strong>{who}</strong> {what}
          </>
        );
        return (
          <li key={entry.seq}>
            {selection === undefined ? (
              line
            ) : (
              <label className="entry-list__pick">
                <input type="checkbox" checked={selection.selected.includes(entry.seq)} onChange={() => selection.onToggle(entry.seq)} /> <span className="entry-list__seq">#{entry.seq}</span> {line}
              </label>
            )}
          </li>
        );
      })}
    </ol>
  );
}
