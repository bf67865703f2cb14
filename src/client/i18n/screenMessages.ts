import { gapExplanations } from '../../analysis/messages/gapExplanations.ts';
import { combineCatalogues } from '../../shared/i18n/catalogue.ts';
import { authorMessages } from './authorMessages.ts';
import { debriefMessages } from './debriefMessages.ts';
import { displayMessages } from './displayMessages.ts';
import { evaluatorMessages } from './evaluatorMessages.ts';
import { facilitatorMessages } from './facilitatorMessages.ts';
import { organiserMessages } from './organiserMessages.ts';

/**
 * The messages of the screens other than the participant's (organisers, facilitator, projector,
 * evaluator, debrief, studio) and the gap explanations, which they say the way the report does:
 * loaded beside those screens (see loadedMessages.ts), never on a participant's phone.
 */
export const screenMessages = combineCatalogues(organiserMessages, facilitatorMessages, displayMessages, evaluatorMessages, debriefMessages, authorMessages, gapExplanations);
