import { combineCatalogues } from '../../shared/i18n/catalogue.ts';
import type { Translate } from '../../shared/i18n/translate.ts';
import { debriefDocumentMessages } from './debriefDocumentMessages.ts';
import { gapExplanations } from './gapExplanations.ts';
import { namingMessages } from './namingMessages.ts';
import { practiceGapMessages } from './practiceGapMessages.ts';
import { reportDocumentMessages } from './reportDocumentMessages.ts';

/** Everything the analysis writes in words, in English and Dutch. */
export const analysisMessages = combineCatalogues(namingMessages, gapExplanations, practiceGapMessages, debriefDocumentMessages, reportDocumentMessages);

export type AnalysisMessages = (typeof analysisMessages)['en'];
/** Translates the analysis' messages in one language. */
export type AnalysisTranslate = Translate<AnalysisMessages>;
