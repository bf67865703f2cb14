import type { GapCode } from '../shared/gap.ts';
import { inLanguage, type Translations } from '../shared/language.ts';

/** What a gap code means for an exercise team, and what to talk about when it shows up. */
export interface GapExplanation {
  title: Translations;
  meaning: Translations;
  discuss: Translations;
}

/** The debrief's explanation of every gap code, in English and Dutch. */
export const GAP_EXPLANATIONS: Record<GapCode, GapExplanation> = {
  'task-without-lead': {
    title: { en: 'Task without a lead', nl: 'Taak zonder trekker' },
    meaning: {
      en: 'The plan names nobody who answers for this task, so in a real operation everyone may assume someone else picks it up.',
      nl: 'Het plan wijst niemand aan die voor deze taak verantwoordelijk is; in het echt gaat iedereen er dan van uit dat een ander hem oppakt.',
    },
    discuss: {
      en: 'Who should own this task? Agree one lead and record it in the covenant or operation plan.',
      nl: 'Wie hoort deze taak te trekken? Spreek één trekker af en leg dat vast in het convenant of draaiboek.',
    },
  },
  'lead-lacks-authority': {
    title: { en: 'Lead lacks a required authority', nl: 'Trekker mist een bevoegdheid' },
    meaning: {
      en: 'The agencies assigned to the task do not hold a power the task needs; they will depend on another agency at the critical moment.',
      nl: 'De organisaties die de taak hebben, missen een bevoegdheid die de taak vraagt; op het kritieke moment zijn ze afhankelijk van een ander.',
    },
    discuss: {
      en: 'Who holds the power, and how is it brought in on time: a mandate, a standby arrangement, or a different lead?',
      nl: 'Wie heeft de bevoegdheid, en hoe wordt die op tijd ingezet: mandaat, een bereikbaarheidsregeling of een andere trekker?',
    },
  },
  'authority-without-holder': {
    title: { en: 'Authority without a holder', nl: 'Bevoegdheid zonder houder' },
    meaning: {
      en: 'Nobody taking part in the exercise holds this power, so nobody in the room can lawfully use it.',
      nl: 'Niemand die meedoet aan de oefening heeft deze bevoegdheid, dus niemand aan tafel kan haar rechtmatig gebruiken.',
    },
    discuss: {
      en: 'Is the holder missing from the network, or from the exercise? How is that holder reached during an operation?',
      nl: 'Ontbreekt de houder in het netwerk of alleen in de oefening? Hoe bereikt u die houder tijdens een actie?',
    },
  },
  'unclaimed-task': {
    title: { en: 'Unclaimed task', nl: 'Niet opgepakte taak' },
    meaning: {
      en: 'The situation asked for this task and nobody took the lead: in practice it would not have been done.',
      nl: 'De situatie vroeg om deze taak en niemand nam de leiding: in het echt was hij blijven liggen.',
    },
    discuss: {
      en: 'Did people see the task as someone else\'s? Who would have noticed it was left undone, and when?',
      nl: 'Zag men de taak als die van een ander? Wie had gemerkt dat hij bleef liggen, en wanneer?',
    },
  },
  'late-response': {
    title: { en: 'Late response', nl: 'Late reactie' },
    meaning: {
      en: 'The lead was taken, but after the time the scenario allowed for it.',
      nl: 'De leiding werd genomen, maar later dan het scenario daarvoor de tijd gaf.',
    },
    discuss: {
      en: 'What caused the delay: unclear ownership, waiting for a decision higher up, missing information?',
      nl: 'Waardoor kwam de vertraging: onduidelijk eigenaarschap, wachten op een besluit hogerop, ontbrekende informatie?',
    },
  },
  'contested-lead': {
    title: { en: 'Contested lead', nl: 'Betwiste leiding' },
    meaning: {
      en: 'More than one agency claimed the lead of the same task: overlapping responsibilities, or different readings of the plan.',
      nl: 'Meer dan één organisatie claimde de leiding over dezelfde taak: overlappende verantwoordelijkheden of verschillende lezingen van het plan.',
    },
    discuss: {
      en: 'Why did each agency think it was theirs? Which agreement settles it, and how do you resolve such a clash on the day?',
      nl: 'Waarom dacht elke organisatie dat het de hare was? Welke afspraak beslist, en hoe lost u zo\'n botsing op de dag zelf op?',
    },
  },
  'lead-deviation': {
    title: { en: 'Lead differs from the plan', nl: 'Leiding wijkt af van het plan' },
    meaning: {
      en: 'Another agency than the one on paper took the lead: the plan and practice disagree.',
      nl: 'Een andere organisatie dan die op papier nam de leiding: plan en praktijk lopen uiteen.',
    },
    discuss: {
      en: 'Was the deviation sensible here? Should the plan change, or should the paper lead act sooner?',
      nl: 'Was de afwijking hier verstandig? Moet het plan worden aangepast, of moet de trekker op papier eerder handelen?',
    },
  },
  'authority-overreach': {
    title: { en: 'Authority overreach', nl: 'Bevoegdheid overschreden' },
    meaning: {
      en: 'A role used a power it does not hold; in reality that act could be unlawful and could be overturned.',
      nl: 'Een rol gebruikte een bevoegdheid die zij niet heeft; in het echt kan dat onrechtmatig zijn en worden teruggedraaid.',
    },
    discuss: {
      en: 'Who does hold this power, and how do you get that holder to act in time? Is a mandate or delegation needed?',
      nl: 'Wie heeft deze bevoegdheid wel, en hoe laat u die op tijd handelen? Is mandaat of delegatie nodig?',
    },
  },
  'level-mismatch': {
    title: { en: 'Authority used at the wrong level', nl: 'Bevoegdheid op het verkeerde niveau' },
    meaning: {
      en: 'The holder used the power from another command level than the one it belongs to (strategic, tactical, operational).',
      nl: 'De houder gebruikte de bevoegdheid vanaf een ander niveau dan waar die hoort (strategisch, tactisch, operationeel).',
    },
    discuss: {
      en: 'How do the levels connect on the day? Who should have escalated, and to whom?',
      nl: 'Hoe sluiten de niveaus op de dag op elkaar aan? Wie had moeten opschalen, en naar wie?',
    },
  },
  'sharing-without-basis': {
    title: { en: 'Sharing without a legal basis', nl: 'Delen zonder grondslag' },
    meaning: {
      en: 'Information went to an agency that may not lawfully receive it under the scenario\'s sharing rules.',
      nl: 'Informatie ging naar een organisatie die haar volgens de afspraken in het scenario niet rechtmatig mag ontvangen.',
    },
    discuss: {
      en: 'What was the information needed for? Which route (covenant, privacy protocol, the owner sharing it) would have been lawful?',
      nl: 'Waarvoor was de informatie nodig? Welke route (convenant, privacyprotocol, delen via de eigenaar) was wel rechtmatig geweest?',
    },
  },
  'unanswered-request': {
    title: { en: 'Unanswered request', nl: 'Onbeantwoord verzoek' },
    meaning: {
      en: 'One agency asked another for a task, information or a power, and the asked agency never acted on it.',
      nl: 'Een organisatie vroeg een andere om een taak, informatie of een bevoegdheid, en de gevraagde organisatie deed er niets mee.',
    },
    discuss: {
      en: 'Did the request reach the right person? Was it refused, forgotten, or impossible? How would the asker have known?',
      nl: 'Kwam het verzoek bij de juiste persoon? Werd het geweigerd, vergeten of was het onmogelijk? Hoe had de vrager dat kunnen weten?',
    },
  },
  'undecided-decision': {
    title: { en: 'Decision not taken', nl: 'Besluit niet genomen' },
    meaning: {
      en: 'A decision point was put to the team and nobody decided it.',
      nl: 'Er lag een beslispunt voor en niemand nam een besluit.',
    },
    discuss: {
      en: 'Who should have decided? Was it unclear who was entitled to, or was the information to decide missing?',
      nl: 'Wie had moeten besluiten? Was onduidelijk wie dat mocht, of ontbrak de informatie om te besluiten?',
    },
  },
  'below-ambition': {
    title: { en: 'Cooperation below ambition', nl: 'Samenwerking onder de ambitie' },
    meaning: {
      en: 'Two agencies worked together less closely than they aim to: fewer exchanges, or none in one direction.',
      nl: 'Twee organisaties werkten minder nauw samen dan hun ambitie: minder uitwisseling, of alleen in één richting.',
    },
    discuss: {
      en: 'Is the ambition realistic for this kind of operation? What would it take to reach it: liaison officers, a shared briefing, joint tasks?',
      nl: 'Is de ambitie realistisch voor dit soort acties? Wat is nodig om haar te halen: verbindingsofficieren, een gezamenlijke briefing, gedeelde taken?',
    },
  },
  'missed-escalation': {
    title: { en: 'Matter never reached its level', nl: 'Kwestie bereikte het niveau niet' },
    meaning: {
      en: 'The scenario expected this matter to reach a command level (often the policy team), and nobody at that level ever acted on it, nor was it escalated there.',
      nl: 'Het scenario verwachtte dat deze kwestie een niveau bereikte (vaak het beleidsteam), maar niemand op dat niveau deed er iets mee en niemand escaleerde haar daarheen.',
    },
    discuss: {
      en: "Who should have taken it up, and who should have seen that it was theirs? What stopped it on the way up: no route, no criteria for escalating, or the hope of solving it at one's own level?",
      nl: 'Wie had dit moeten oppakken, en wie had moeten zien dat het bij hen hoorde? Wat hield het onderweg tegen: geen route, geen opschalingscriteria, of de hoop het op eigen niveau op te lossen?',
    },
  },
  'late-escalation': {
    title: { en: 'Matter reached its level late', nl: 'Kwestie bereikte het niveau te laat' },
    meaning: {
      en: 'The matter did reach the expected level, but only after the deadline the scenario set for it.',
      nl: 'De kwestie bereikte het verwachte niveau wel, maar pas na de termijn die het scenario stelde.',
    },
    discuss: {
      en: 'Where did the time go between the first signal and the level that had to decide? Which signal should have started the escalation sooner?',
      nl: 'Waar ging de tijd zitten tussen het eerste signaal en het niveau dat moest besluiten? Welk signaal had de opschaling eerder moeten starten?',
    },
  },
  'unanswered-escalation': {
    title: { en: 'Escalation nobody answered', nl: 'Escalatie zonder antwoord' },
    meaning: {
      en: 'Someone escalated a matter, and the role or level it went to never responded, decided or passed it on: the matter stalled where it was sent.',
      nl: 'Iemand escaleerde een kwestie, en de rol of het niveau waar die heen ging reageerde niet, besloot niet en gaf haar niet door: de kwestie bleef liggen waar ze terechtkwam.',
    },
    discuss: {
      en: 'Did the escalation reach someone who knew it was theirs? How does a decision come back down, and how would the escalator have known it was not coming?',
      nl: 'Kwam de escalatie aan bij iemand die wist dat het bij hen lag? Hoe komt een besluit weer naar beneden, en hoe had de escalerende partij kunnen weten dat het uitbleef?',
    },
  },
};

/** The explanation of a gap code in a scenario's language. */
export function explainGap(code: GapCode, language: string): { title: string; meaning: string; discuss: string } {
  const explanation = GAP_EXPLANATIONS[code];
  return {
    title: inLanguage(language, explanation.title),
    meaning: inLanguage(language, explanation.meaning),
    discuss: inLanguage(language, explanation.discuss),
  };
}
