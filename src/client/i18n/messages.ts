import { gapExplanations } from '../../analysis/messages/gapExplanations.ts';
import { vocabulary } from '../../analysis/messages/vocabulary.ts';
import { combineCatalogues, type PlainKey } from '../../shared/i18n/catalogue.ts';
import { authorMessages } from './authorMessages.ts';
import { commonMessages } from './commonMessages.ts';
import { debriefMessages } from './debriefMessages.ts';
import { displayMessages } from './displayMessages.ts';
import { evaluatorMessages } from './evaluatorMessages.ts';
import { facilitatorMessages } from './facilitatorMessages.ts';
import { organiserMessages } from './organiserMessages.ts';
import { participantMessages } from './participantMessages.ts';
import { startMessages } from './startMessages.ts';

/**
 * Every string the client shows, in English and Dutch: one catalogue per screen, plus the
 * analysis' vocabulary and gap explanations, which the screens say the same way the report does.
 */
export const messages = combineCatalogues(
  commonMessages,
  vocabulary,
  gapExplanations,
  startMessages,
  organiserMessages,
  participantMessages,
  facilitatorMessages,
  displayMessages,
  evaluatorMessages,
  debriefMessages,
  authorMessages,
);

export type ClientMessages = (typeof messages)['en'];
/** A key whose message takes no parameters, for tables of labels. */
export type LabelKey = PlainKey<ClientMessages>;
