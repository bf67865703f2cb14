import type { Gap } from '../shared/gap.ts';
import { assessCooperation, isLowerLevel } from './cooperation.ts';
import type { PlayRecord } from './playRecord.ts';
import { practiceGap } from './practiceGap.ts';
import type { ScenarioNames } from './scenarioNames.ts';

/** `below-ambition`: a pair with a declared ambition that play measured at a lower level. */
export function findAmbitionGaps(play: PlayRecord, names: ScenarioNames): Gap[] {
  return assessCooperation(play).flatMap((pair) => {
    if (pair.ambition === undefined || !isLowerLevel(pair.level, pair.ambition)) return [];
    const [a, b] = pair.agencies;
    return [
      practiceGap({
        code: 'below-ambition',
        agencies: [...pair.agencies],
        at: play.index.scenario.duration,
        evidence: pair.exchanges.map((exchange) => exchange.seq),
        message: names.t('practice.belowAmbition', {
          a: names.agency(a),
          b: names.agency(b),
          ambition: names.cooperation(pair.ambition),
          level: names.cooperation(pair.level),
        }),
      }),
    ];
  });
}
