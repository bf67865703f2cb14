import { describe, expect, it } from 'vitest';
import { analysisMessages } from '../../../src/analysis/messages/analysisMessages.ts';
import { scenarioNames } from '../../../src/analysis/scenarioNames.ts';
import { paperGapMessages } from '../../../src/scenario/paperGapMessages.ts';
import { GAP_CODES } from '../../../src/shared/gap.ts';
import { translator } from '../../../src/shared/i18n/translate.ts';
import { translationMismatches } from '../../shared/i18n/translationMismatches.ts';
import { scenario as playScenario } from '../play.ts';

describe('the analysis’ texts', () => {
  it('have a Dutch text with the same parameters for every English one', () => {
    expect(translationMismatches(analysisMessages)).toEqual([]);
    expect(translationMismatches(paperGapMessages)).toEqual([]);
  });

  it('explain every gap code with a title, what it means and what to discuss', () => {
    const t = translator(analysisMessages, 'nl');
    const blank = GAP_CODES.flatMap((code) => [t(`gap.${code}.title`), t(`gap.${code}.meaning`), t(`gap.${code}.discuss`)]).filter((text) => text.trim() === '');
    expect(blank).toEqual([]);
  });

  it('speak the scenario’s language: Dutch for an nl tag, English for any other', () => {
    const scenario = playScenario();
    expect(scenarioNames({ ...scenario, language: 'nl-BE' }, analysisMessages).t('name.everyone')).toBe('iedereen');
    expect(scenarioNames({ ...scenario, language: 'de' }, analysisMessages).t('name.everyone')).toBe('everyone');
  });
});
