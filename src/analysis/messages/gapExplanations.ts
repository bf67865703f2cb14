import { bilingual } from '../../shared/i18n/catalogue.ts';

/**
 * What each gap code means for an exercise team, and what to talk about when it shows up:
 * `gap.CODE.title`, `gap.CODE.meaning` and `gap.CODE.discuss`.
 */
export const gapExplanations = bilingual({
  en: {
    'gap.task-without-lead.title': 'Task without a lead',
    'gap.task-without-lead.meaning': 'The plan names nobody who answers for this task, so in a real operation everyone may assume someone else picks it up.',
    'gap.task-without-lead.discuss': 'Who should own this task? Agree one lead and record it in the covenant or operation plan.',

    'gap.lead-lacks-authority.title': 'Lead lacks a required authority',
    'gap.lead-lacks-authority.meaning': 'The agencies assigned to the task do not hold a power the task needs; they will depend on another agency at the critical moment.',
    'gap.lead-lacks-authority.discuss': 'Who holds the power, and how is it brought in on time: a mandate, a standby arrangement, or a different lead?',

    'gap.authority-without-holder.title': 'Authority without a holder',
    'gap.authority-without-holder.meaning': 'Nobody taking part in the exercise holds this power, so nobody in the room can lawfully use it.',
    'gap.authority-without-holder.discuss': 'Is the holder missing from the network, or from the exercise? How is that holder reached during an operation?',

    'gap.unclaimed-task.title': 'Unclaimed task',
    'gap.unclaimed-task.meaning': 'The situation asked for this task and nobody took the lead: in practice it would not have been done.',
    'gap.unclaimed-task.discuss': 'Did people see the task as someone else\'s? Who would have noticed it was left undone, and when?',

    'gap.late-response.title': 'Late response',
    'gap.late-response.meaning': 'The lead was taken, but after the time the scenario allowed for it.',
    'gap.late-response.discuss': 'What caused the delay: unclear ownership, waiting for a decision higher up, missing information?',

    'gap.contested-lead.title': 'Contested lead',
    'gap.contested-lead.meaning': 'More than one agency claimed the lead of the same task: overlapping responsibilities, or different readings of the plan.',
    'gap.contested-lead.discuss': 'Why did each agency think it was theirs? Which agreement settles it, and how do you resolve such a clash on the day?',

    'gap.lead-deviation.title': 'Lead differs from the plan',
    'gap.lead-deviation.meaning': 'Another agency than the one on paper took the lead: the plan and practice disagree.',
    'gap.lead-deviation.discuss': 'Was the deviation sensible here? Should the plan change, or should the paper lead act sooner?',

    'gap.authority-overreach.title': 'Authority overreach',
    'gap.authority-overreach.meaning': 'A role used a power it does not hold; in reality that act could be unlawful and could be overturned.',
    'gap.authority-overreach.discuss': 'Who does hold this power, and how do you get that holder to act in time? Is a mandate or delegation needed?',

    'gap.level-mismatch.title': 'Authority used at the wrong level',
    'gap.level-mismatch.meaning': 'The holder used the power from another command level than the one it belongs to (strategic, tactical, operational).',
    'gap.level-mismatch.discuss': 'How do the levels connect on the day? Who should have escalated, and to whom?',

    'gap.sharing-without-basis.title': 'Sharing without a legal basis',
    'gap.sharing-without-basis.meaning': 'Information went to an agency that may not lawfully receive it under the scenario\'s sharing rules.',
    'gap.sharing-without-basis.discuss': 'What was the information needed for? Which route (covenant, privacy protocol, the owner sharing it) would have been lawful?',

    'gap.unanswered-request.title': 'Unanswered request',
    'gap.unanswered-request.meaning': 'One agency asked another for a task, information or a power, and the asked agency never acted on it.',
    'gap.unanswered-request.discuss': 'Did the request reach the right person? Was it refused, forgotten, or impossible? How would the asker have known?',

    'gap.undecided-decision.title': 'Decision not taken',
    'gap.undecided-decision.meaning': 'A decision point was put to the team and nobody decided it.',
    'gap.undecided-decision.discuss': 'Who should have decided? Was it unclear who was entitled to, or was the information to decide missing?',

    'gap.below-ambition.title': 'Cooperation below ambition',
    'gap.below-ambition.meaning': 'Two agencies worked together less closely than they aim to: fewer exchanges, or none in one direction.',
    'gap.below-ambition.discuss': 'Is the ambition realistic for this kind of operation? What would it take to reach it: liaison officers, a shared briefing, joint tasks?',

    'gap.missed-escalation.title': 'Matter never reached its level',
    'gap.missed-escalation.meaning': 'The scenario expected this matter to reach a command level (often the policy team), and nobody at that level ever acted on it, nor was it escalated there.',
    'gap.missed-escalation.discuss': "Who should have taken it up, and who should have seen that it was theirs? What stopped it on the way up: no route, no criteria for escalating, or the hope of solving it at one's own level?",

    'gap.late-escalation.title': 'Matter reached its level late',
    'gap.late-escalation.meaning': 'The matter did reach the expected level, but only after the deadline the scenario set for it.',
    'gap.late-escalation.discuss': 'Where did the time go between the first signal and the level that had to decide? Which signal should have started the escalation sooner?',

    'gap.unanswered-escalation.title': 'Escalation nobody answered',
    'gap.unanswered-escalation.meaning': 'Someone escalated a matter, and the role or level it went to never responded, decided or passed it on: the matter stalled where it was sent.',
    'gap.unanswered-escalation.discuss': 'Did the escalation reach someone who knew it was theirs? How does a decision come back down, and how would the escalator have known it was not coming?',
  },
  nl: {
    'gap.task-without-lead.title': 'Taak zonder trekker',
    'gap.task-without-lead.meaning': 'Het plan wijst niemand aan die voor deze taak verantwoordelijk is; in het echt gaat iedereen er dan van uit dat een ander hem oppakt.',
    'gap.task-without-lead.discuss': 'Wie hoort deze taak te trekken? Spreek één trekker af en leg dat vast in het convenant of draaiboek.',

    'gap.lead-lacks-authority.title': 'Trekker mist een bevoegdheid',
    'gap.lead-lacks-authority.meaning': 'De organisaties die de taak hebben, missen een bevoegdheid die de taak vraagt; op het kritieke moment zijn ze afhankelijk van een ander.',
    'gap.lead-lacks-authority.discuss': 'Wie heeft de bevoegdheid, en hoe wordt die op tijd ingezet: mandaat, een bereikbaarheidsregeling of een andere trekker?',

    'gap.authority-without-holder.title': 'Bevoegdheid zonder houder',
    'gap.authority-without-holder.meaning': 'Niemand die meedoet aan de oefening heeft deze bevoegdheid, dus niemand aan tafel kan haar rechtmatig gebruiken.',
    'gap.authority-without-holder.discuss': 'Ontbreekt de houder in het netwerk of alleen in de oefening? Hoe bereikt u die houder tijdens een actie?',

    'gap.unclaimed-task.title': 'Niet opgepakte taak',
    'gap.unclaimed-task.meaning': 'De situatie vroeg om deze taak en niemand nam de leiding: in het echt was hij blijven liggen.',
    'gap.unclaimed-task.discuss': 'Zag men de taak als die van een ander? Wie had gemerkt dat hij bleef liggen, en wanneer?',

    'gap.late-response.title': 'Late reactie',
    'gap.late-response.meaning': 'De leiding werd genomen, maar later dan het scenario daarvoor de tijd gaf.',
    'gap.late-response.discuss': 'Waardoor kwam de vertraging: onduidelijk eigenaarschap, wachten op een besluit hogerop, ontbrekende informatie?',

    'gap.contested-lead.title': 'Betwiste leiding',
    'gap.contested-lead.meaning': 'Meer dan één organisatie claimde de leiding over dezelfde taak: overlappende verantwoordelijkheden of verschillende lezingen van het plan.',
    'gap.contested-lead.discuss': 'Waarom dacht elke organisatie dat het de hare was? Welke afspraak beslist, en hoe lost u zo\'n botsing op de dag zelf op?',

    'gap.lead-deviation.title': 'Leiding wijkt af van het plan',
    'gap.lead-deviation.meaning': 'Een andere organisatie dan die op papier nam de leiding: plan en praktijk lopen uiteen.',
    'gap.lead-deviation.discuss': 'Was de afwijking hier verstandig? Moet het plan worden aangepast, of moet de trekker op papier eerder handelen?',

    'gap.authority-overreach.title': 'Bevoegdheid overschreden',
    'gap.authority-overreach.meaning': 'Een rol gebruikte een bevoegdheid die zij niet heeft; in het echt kan dat onrechtmatig zijn en worden teruggedraaid.',
    'gap.authority-overreach.discuss': 'Wie heeft deze bevoegdheid wel, en hoe laat u die op tijd handelen? Is mandaat of delegatie nodig?',

    'gap.level-mismatch.title': 'Bevoegdheid op het verkeerde niveau',
    'gap.level-mismatch.meaning': 'De houder gebruikte de bevoegdheid vanaf een ander niveau dan waar die hoort (strategisch, tactisch, operationeel).',
    'gap.level-mismatch.discuss': 'Hoe sluiten de niveaus op de dag op elkaar aan? Wie had moeten opschalen, en naar wie?',

    'gap.sharing-without-basis.title': 'Delen zonder grondslag',
    'gap.sharing-without-basis.meaning': 'Informatie ging naar een organisatie die haar volgens de afspraken in het scenario niet rechtmatig mag ontvangen.',
    'gap.sharing-without-basis.discuss': 'Waarvoor was de informatie nodig? Welke route (convenant, privacyprotocol, delen via de eigenaar) was wel rechtmatig geweest?',

    'gap.unanswered-request.title': 'Onbeantwoord verzoek',
    'gap.unanswered-request.meaning': 'Een organisatie vroeg een andere om een taak, informatie of een bevoegdheid, en de gevraagde organisatie deed er niets mee.',
    'gap.unanswered-request.discuss': 'Kwam het verzoek bij de juiste persoon? Werd het geweigerd, vergeten of was het onmogelijk? Hoe had de vrager dat kunnen weten?',

    'gap.undecided-decision.title': 'Besluit niet genomen',
    'gap.undecided-decision.meaning': 'Er lag een beslispunt voor en niemand nam een besluit.',
    'gap.undecided-decision.discuss': 'Wie had moeten besluiten? Was onduidelijk wie dat mocht, of ontbrak de informatie om te besluiten?',

    'gap.below-ambition.title': 'Samenwerking onder de ambitie',
    'gap.below-ambition.meaning': 'Twee organisaties werkten minder nauw samen dan hun ambitie: minder uitwisseling, of alleen in één richting.',
    'gap.below-ambition.discuss': 'Is de ambitie realistisch voor dit soort acties? Wat is nodig om haar te halen: verbindingsofficieren, een gezamenlijke briefing, gedeelde taken?',

    'gap.missed-escalation.title': 'Kwestie bereikte het niveau niet',
    'gap.missed-escalation.meaning': 'Het scenario verwachtte dat deze kwestie een niveau bereikte (vaak het beleidsteam), maar niemand op dat niveau deed er iets mee en niemand escaleerde haar daarheen.',
    'gap.missed-escalation.discuss': 'Wie had dit moeten oppakken, en wie had moeten zien dat het bij hen hoorde? Wat hield het onderweg tegen: geen route, geen opschalingscriteria, of de hoop het op eigen niveau op te lossen?',

    'gap.late-escalation.title': 'Kwestie bereikte het niveau te laat',
    'gap.late-escalation.meaning': 'De kwestie bereikte het verwachte niveau wel, maar pas na de termijn die het scenario stelde.',
    'gap.late-escalation.discuss': 'Waar ging de tijd zitten tussen het eerste signaal en het niveau dat moest besluiten? Welk signaal had de opschaling eerder moeten starten?',

    'gap.unanswered-escalation.title': 'Escalatie zonder antwoord',
    'gap.unanswered-escalation.meaning': 'Iemand escaleerde een kwestie, en de rol of het niveau waar die heen ging reageerde niet, besloot niet en gaf haar niet door: de kwestie bleef liggen waar ze terechtkwam.',
    'gap.unanswered-escalation.discuss': 'Kwam de escalatie aan bij iemand die wist dat het bij hen lag? Hoe komt een besluit weer naar beneden, en hoe had de escalerende partij kunnen weten dat het uitbleef?',
  },
});
