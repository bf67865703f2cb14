import { vocabulary } from '../../analysis/messages/vocabulary.ts';
import { combineCatalogues } from '../../shared/i18n/catalogue.ts';
import { commonMessages } from './commonMessages.ts';
import { participantMessages } from './participantMessages.ts';
import { startMessages } from './startMessages.ts';

/**
 * The messages that come with the entry script: what every screen shares, the analysis'
 * vocabulary (levels, cooperation), and those of the participant's screens and of the start
 * page, whose join form the play screen shows too. A phone needs no others.
 */
export const entryMessages = combineCatalogues(commonMessages, vocabulary, startMessages, participantMessages);
