export * from './schema.ts';
export * from './scenarioIndex.ts';
export * from './scenarioMessage.ts';
export * from './loadScenario.ts';
export { findPaperGaps, type LocatedPaperGap } from './paperGaps.ts';
export { lintScenario } from './lint.ts';
