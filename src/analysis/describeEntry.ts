import type { TimelineEntry } from '../engine/timeline.ts';
import { LEVELS, type Level } from '../scenario/scenarioConstants.ts';
import { exhaustiveSwitchError } from '../shared/exhaustive.ts';
import type { NamingMessages } from './messages/namingMessages.ts';
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

function isLevel(value: string): value is Level {
  return (LEVELS as readonly string[]).includes(value);
}

/** Describes one timeline entry in the scenario's language, naming things by their human names. */
export function describeEntry(entry: TimelineEntry, names: ScenarioNames<NamingMessages>): EntryDescription {
  const { t } = names;
  const facilitator = t('entry.facilitator');
  switch (entry.type) {
    case 'released':
      return {
        who: names.sender(entry.inject),
        what: t('entry.released', { release: names.release(entry.inject), addressees: names.addressees(entry.inject) }),
      };
    case 'fire':
      return { who: facilitator, what: t('entry.fire', { event: names.release(entry.event) }) };
    case 'release':
      return { who: facilitator, what: t('entry.release', { inject: names.release(entry.inject) }) };
    case 'skip':
      return { who: facilitator, what: t('entry.skip', { inject: names.release(entry.inject) }) };
    case 'improvise':
      return { who: facilitator, what: t('entry.improvise', { inject: names.release(entry.inject.id) }) };
    case 'claim':
      return { who: names.role(entry.by), what: t(entry.as === 'lead' ? 'entry.claimLead' : 'entry.claimSupport', { task: names.task(entry.task) }) };
    case 'decline':
      return { who: names.role(entry.by), what: withText(t('entry.decline', { task: names.task(entry.task) }), entry.reason) };
    case 'exercise': {
      const forTask = entry.task === undefined ? '' : t('entry.forTask', { task: names.task(entry.task) });
      return { who: names.role(entry.by), what: withText(t('entry.exercise', { authority: names.authority(entry.authority), forTask }), entry.note) };
    }
    case 'escalate': {
      const target = isLevel(entry.to) ? t('entry.toLevel', { level: names.level(entry.to) }) : names.party(entry.to);
      const about = entry.about === undefined ? '' : t('entry.about', { release: names.release(entry.about) });
      return { who: names.role(entry.by), what: withText(t('entry.escalate', { target, about }), entry.note) };
    }
    case 'share':
      return {
        who: names.role(entry.by),
        what: t('entry.share', { information: names.information(entry.information), agency: names.agency(entry.with) }),
      };
    case 'request': {
      const asked = names.agency(entry.from);
      const what =
        entry.information !== undefined
          ? t('entry.requestInformation', { asked, information: names.information(entry.information) })
          : entry.task !== undefined
            ? t('entry.requestTask', { asked, task: names.task(entry.task) })
            : t('entry.requestAuthority', { asked, authority: names.authority(entry.authority ?? '') });
      return { who: names.role(entry.by), what: withText(what, entry.note) };
    }
    case 'decide':
      return {
        who: names.role(entry.by),
        what: withText(t('entry.decide', { decision: names.release(entry.decision), option: names.option(entry.decision, entry.option) }), entry.rationale),
      };
    case 'respond':
      return { who: names.role(entry.by), what: withText(t('entry.respond', { inject: names.release(entry.inject) }), entry.text) };
    case 'note':
      return { who: names.role(entry.by), what: withText(t('entry.note'), entry.text) };
    default:
      return exhaustiveSwitchError(entry, 'type');
  }
}
