import { combineCatalogues } from '../../shared/i18n/catalogue.ts';
import { timelineMessages } from './timelineMessages.ts';
import { vocabulary } from './vocabulary.ts';

/**
 * The words that name a scenario's things and describe what happened in it: levels,
 * cooperation, and each kind of timeline entry. All a participant's log needs, without the
 * report's, the debrief's and the gaps' texts.
 */
export const namingMessages = combineCatalogues(vocabulary, timelineMessages);

export type NamingMessages = (typeof namingMessages)['en'];
