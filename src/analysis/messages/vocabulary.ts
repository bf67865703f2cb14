import { bilingual } from '../../shared/i18n/catalogue.ts';

/** The names of the exercise's own concepts, which the report and every screen share. */
export const vocabulary = bilingual({
  en: {
    'level.strategic': 'strategic',
    'level.tactical': 'tactical',
    'level.operational': 'operational',

    // Himmelman's continuum as Dutch exercise teams name it.
    'cooperation.none': 'no exchange',
    'cooperation.networking': 'networking',
    'cooperation.coordinating': 'coordinating',
    'cooperation.cooperating': 'cooperating',
    'cooperation.collaborating': 'collaborating',

    'severity.high': 'high',
    'severity.medium': 'medium',
    'severity.low': 'low',

    'rating.legend': 'P = performed without challenges, S = with some challenges, M = with major challenges, U = unable to be performed.',
  },
  nl: {
    'level.strategic': 'strategisch',
    'level.tactical': 'tactisch',
    'level.operational': 'operationeel',

    'cooperation.none': 'geen uitwisseling',
    'cooperation.networking': 'netwerken',
    'cooperation.coordinating': 'coördineren',
    'cooperation.cooperating': 'coöpereren',
    'cooperation.collaborating': 'collaboreren',

    'severity.high': 'hoog',
    'severity.medium': 'middel',
    'severity.low': 'laag',

    'rating.legend': 'P = uitgevoerd zonder problemen, S = met enige problemen, M = met grote problemen, U = niet uit te voeren.',
  },
});
