import type { TimelineEntry } from '../engine/timeline.ts';
import { LEVELS } from '../scenario/scenarioConstants.ts';
import { exhaustiveSwitchError } from '../shared/exhaustive.ts';
import type { ScenarioNames } from './scenarioNames.ts';

/** A timeline entry in words: who acted and what they did. */
export interface EntryDescription {
  who: string;
  what: string;
}

/** Free text a participant added, appended after a dash when there is any. */
function withText(what: string, text: string | undefined): string {
  return text === undefined || text.trim() === '' ? what : `${what} — ${text}`;
}

function isLevel(value: string): boolean {
  return (LEVELS as readonly string[]).includes(value);
}

/** Describes one timeline entry in the scenario's language, naming things by their human names. */
export function describeEntry(entry: TimelineEntry, names: ScenarioNames): EntryDescription {
  const { say } = names;
  const facilitator = say('facilitator', 'facilitator');
  switch (entry.type) {
    case 'released':
      return {
        who: names.sender(entry.inject),
        what: say(
          `${names.release(entry.inject)} released to ${names.addressees(entry.inject)}`,
          `${names.release(entry.inject)} vrijgegeven aan ${names.addressees(entry.inject)}`,
        ),
      };
    case 'fire':
      return { who: facilitator, what: say(`fires ${names.release(entry.event)}`, `zet ${names.release(entry.event)} in`) };
    case 'release':
      return {
        who: facilitator,
        what: say(`releases ${names.release(entry.inject)} early`, `geeft ${names.release(entry.inject)} eerder vrij`),
      };
    case 'skip':
      return { who: facilitator, what: say(`skips ${names.release(entry.inject)}`, `slaat ${names.release(entry.inject)} over`) };
    case 'claim': {
      const task = names.task(entry.task);
      const what = entry.as === 'lead' ? say(`claims the lead of ${task}`, `neemt de leiding over ${task}`) : say(`claims support on ${task}`, `ondersteunt bij ${task}`);
      return { who: names.role(entry.by), what };
    }
    case 'decline':
      return {
        who: names.role(entry.by),
        what: withText(say(`declines ${names.task(entry.task)}`, `wijst ${names.task(entry.task)} af`), entry.reason),
      };
    case 'exercise': {
      const authority = names.authority(entry.authority);
      const forTask = entry.task === undefined ? '' : say(` for ${names.task(entry.task)}`, ` voor ${names.task(entry.task)}`);
      return {
        who: names.role(entry.by),
        what: withText(say(`exercises ${authority}${forTask}`, `gebruikt ${authority}${forTask}`), entry.note),
      };
    }
    case 'escalate': {
      const target = isLevel(entry.to)
        ? say(`the ${names.level(entry.to)} level`, `${names.level(entry.to)} niveau`)
        : names.party(entry.to);
      const about = entry.about === undefined ? '' : say(` about ${names.release(entry.about)}`, ` over ${names.release(entry.about)}`);
      return {
        who: names.role(entry.by),
        what: withText(say(`escalates to ${target}${about}`, `schaalt op naar ${target}${about}`), entry.note),
      };
    }
    case 'share':
      return {
        who: names.role(entry.by),
        what: say(
          `shares ${names.information(entry.information)} with ${names.agency(entry.with)}`,
          `deelt ${names.information(entry.information)} met ${names.agency(entry.with)}`,
        ),
      };
    case 'request': {
      const asked = names.agency(entry.from);
      const what =
        entry.information !== undefined
          ? say(`asks ${asked} for ${names.information(entry.information)}`, `vraagt ${asked} om ${names.information(entry.information)}`)
          : entry.task !== undefined
            ? say(`asks ${asked} to take on ${names.task(entry.task)}`, `vraagt ${asked} om ${names.task(entry.task)} op te pakken`)
            : say(
                `asks ${asked} to exercise ${names.authority(entry.authority ?? '')}`,
                `vraagt ${asked} om ${names.authority(entry.authority ?? '')} te gebruiken`,
              );
      return { who: names.role(entry.by), what: withText(what, entry.note) };
    }
    case 'decide': {
      const option = names.option(entry.decision, entry.option);
      return {
        who: names.role(entry.by),
        what: withText(
          say(`decides on ${names.release(entry.decision)}: ${option}`, `besluit bij ${names.release(entry.decision)}: ${option}`),
          entry.rationale,
        ),
      };
    }
    case 'respond':
      return {
        who: names.role(entry.by),
        what: withText(say(`responds to ${names.release(entry.inject)}`, `reageert op ${names.release(entry.inject)}`), entry.text),
      };
    case 'note':
      return { who: names.role(entry.by), what: withText(say('notes', 'noteert'), entry.text) };
    default:
      return exhaustiveSwitchError(entry, 'type');
  }
}
