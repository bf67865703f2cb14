import { combineCatalogues } from '../../shared/i18n/catalogue.ts';
import type { Translate } from '../../shared/i18n/translate.ts';
import { debriefDocumentMessages } from './debriefDocumentMessages.ts';
import { gapExplanations } from './gapExplanations.ts';
import { practiceGapMessages } from './practiceGapMessages.ts';
import { reportDocumentMessages } from './reportDocumentMessages.ts';
import { timelineMessages } from './timelineMessages.ts';
import { vocabulary } from './vocabulary.ts';

/** Everything the analysis writes in words, in English and Dutch. */
export const analysisMessages = combineCatalogues(vocabulary, gapExplanations, practiceGapMessages, timelineMessages, debriefDocumentMessages, reportDocumentMessages);

/** Translates the analysis' messages in one language. */
export type AnalysisTranslate = Translate<(typeof analysisMessages)['en']>;
