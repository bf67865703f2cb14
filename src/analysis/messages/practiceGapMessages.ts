import { bilingual } from '../../shared/i18n/catalogue.ts';

/** The message of each gap found in play, naming who did what and when. */
export const practiceGapMessages = bilingual({
  en: {
    'practice.unclaimedTask': 'Nobody claimed the lead of {task} although {release} asked for it.',
    'practice.lateResponse': '{role} claimed the lead of {task} at {at}, {late} after the deadline {deadline} set by {release}.',
    'practice.contestedLead': '{count} agencies claimed the lead of {task}: {agencies}.',
    'practice.leadDeviation': '{role} took the lead of {task}, which on paper lies with {paperLead}.',
    'practice.viaDecision': ' by choosing {option} in {decision}',
    'practice.overreach': '{actor} exercised {authority}{via} without holding it.',
    'practice.levelMismatch': '{actor} exercised {authority}{via} at the {actual} level; it belongs at the {required} level.',
    'practice.unansweredInformation': '{asker} asked {asked} for {information}; {asked} never shared it with them afterwards.',
    'practice.unansweredTask': '{asker} asked {asked} to take on {task}; nobody at {asked} claimed it afterwards.',
    'practice.unansweredAuthority': '{asker} asked {asked} to exercise {authority}; nobody at {asked} did so afterwards.',
    'practice.sharingWithoutBasis': '{role} shared {information} with {agency}, which neither owns it nor may lawfully receive it.',
    'practice.belowAmbition': '{a} and {b} aimed for {ambition} but reached {level}.',
    'practice.undecidedDecision': 'Nobody took the decision asked by {release}; it was up to {deciders}.',
  },
  nl: {
    'practice.unclaimedTask': 'Niemand nam de leiding over {task}, hoewel {release} erom vroeg.',
    'practice.lateResponse': '{role} nam om {at} de leiding over {task}, {late} na de deadline {deadline} van {release}.',
    'practice.contestedLead': '{count} organisaties claimden de leiding over {task}: {agencies}.',
    'practice.leadDeviation': '{role} nam de leiding over {task}, die op papier bij {paperLead} ligt.',
    'practice.viaDecision': ' door te kiezen voor {option} bij {decision}',
    'practice.overreach': '{actor} gebruikte de bevoegdheid {authority}{via} zonder die te hebben.',
    'practice.levelMismatch': '{actor} gebruikte {authority}{via} op {actual} niveau; die hoort op {required} niveau.',
    'practice.unansweredInformation': '{asker} vroeg {asked} om {information}; {asked} deelde die daarna niet met hen.',
    'practice.unansweredTask': '{asker} vroeg {asked} om {task} op te pakken; niemand van {asked} claimde die taak daarna.',
    'practice.unansweredAuthority': '{asker} vroeg {asked} om {authority} te gebruiken; niemand van {asked} deed dat daarna.',
    'practice.sharingWithoutBasis': '{role} deelde {information} met {agency}, die geen eigenaar is en deze informatie niet rechtmatig mag ontvangen.',
    'practice.belowAmbition': '{a} en {b} wilden {ambition}, maar kwamen tot {level}.',
    'practice.undecidedDecision': 'Niemand nam het besluit waar {release} om vroeg; dat lag bij {deciders}.',
  },
});
