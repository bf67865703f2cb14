import { bilingual } from '../shared/i18n/catalogue.ts';

/** The message of each gap in the plan on paper. */
export const paperGapMessages = bilingual({
  en: {
    'paper.taskWithoutLead': 'Task "{task}" has no lead on paper: nobody answers for it.',
    'paper.leadLacksAuthority': 'Task "{task}" requires "{authority}", which neither its lead nor its supporters hold.',
    'paper.authorityWithoutHolder': 'Nobody in this exercise holds the authority "{authority}".',
  },
  nl: {
    'paper.taskWithoutLead': 'Taak "{task}" heeft op papier geen trekker: niemand is ervoor verantwoordelijk.',
    'paper.leadLacksAuthority': 'Taak "{task}" vraagt de bevoegdheid "{authority}", die trekker noch ondersteuners hebben.',
    'paper.authorityWithoutHolder': 'Niemand in deze oefening heeft de bevoegdheid "{authority}".',
  },
});
