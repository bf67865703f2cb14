import type { PlainKey } from '../../shared/i18n/catalogue.ts';
import type { entryMessages } from './entryMessages.ts';
import type { screenMessages } from './screenMessages.ts';

/**
 * Every string the client shows, in English and Dutch: one catalogue per screen, plus the
 * analysis' vocabulary and gap explanations. They load in two parts, those of the entry and
 * those of the other screens (see loadedMessages.ts).
 */
export type ClientMessages = (typeof entryMessages)['en'] & (typeof screenMessages)['en'];
/** A key whose message takes no parameters, for tables of labels. */
export type LabelKey = PlainKey<ClientMessages>;
