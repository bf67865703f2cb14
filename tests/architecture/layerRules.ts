/**
 * The dependency rule of architecture.md: which layer may import what. Pure layers import only
 * the packages named here; the I/O layers may use any package except the ones listed as never.
 */
export const LAYERS = ['shared', 'scenario', 'engine', 'analysis', 'server', 'cli', 'client'] as const;
export type Layer = (typeof LAYERS)[number];

interface Rule {
  layers: Layer[];
  /** Packages allowed for pure layers; undefined means any package not forbidden. */
  packages?: string[];
  forbiddenPackages: RegExp[];
  pure: boolean;
}

const NODE = /^node:|^(fs|path|os|http|https|net|crypto|child_process|url|util|stream|events|worker_threads)(\/|$)/;
const REACT = /^(react|react-dom|@xyflow\/|zustand|@testing-library\/)/;

export const RULES: Record<Layer, Rule> = {
  shared: { layers: ['shared'], packages: ['zod'], forbiddenPackages: [NODE, REACT], pure: true },
  scenario: { layers: ['shared', 'scenario'], packages: ['zod', 'yaml', 'papaparse', 'jsonc-parser'], forbiddenPackages: [NODE, REACT], pure: true },
  engine: { layers: ['shared', 'scenario', 'engine'], packages: ['xstate', 'pure-rand', 'zod'], forbiddenPackages: [NODE, REACT], pure: true },
  analysis: { layers: ['shared', 'scenario', 'engine', 'analysis'], packages: ['zod', 'papaparse'], forbiddenPackages: [NODE, REACT], pure: true },
  server: { layers: ['shared', 'scenario', 'engine', 'analysis', 'server'], forbiddenPackages: [REACT], pure: false },
  cli: { layers: ['shared', 'scenario', 'engine', 'analysis', 'server', 'cli'], forbiddenPackages: [REACT], pure: false },
  client: { layers: ['shared', 'scenario', 'engine', 'analysis', 'client'], forbiddenPackages: [NODE], pure: false },
};

const IMPORT = /(?:^|[\s;])(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|(?:^|[\s;(])import\s*\(\s*['"]([^'"]+)['"]\s*\)|^\s*import\s*['"]([^'"]+)['"]/gm;
const IMPURE = /\bDate\.now\s*\(|\bMath\.random\s*\(|\bperformance\.now\s*\(|\bnew Date\s*\(\s*\)/;

/** The import specifiers of a source text. */
export function importsOf(source: string): string[] {
  return [...source.matchAll(IMPORT)].map((match) => match[1] ?? match[2] ?? match[3] ?? '').filter(Boolean);
}

/** The layer a path under src/ belongs to. */
export function layerOf(pathFromSrc: string): Layer | undefined {
  const top = pathFromSrc.split('/')[0];
  return LAYERS.find((layer) => layer === top);
}

/** Why a file breaks the rule, one reason per offending import or call; empty when it complies. */
export function violations(pathFromSrc: string, source: string): string[] {
  const layer = layerOf(pathFromSrc);
  if (!layer) return [`${pathFromSrc} is outside the layers (${LAYERS.join(', ')})`];
  const rule = RULES[layer];
  const found: string[] = [];
  const folder = pathFromSrc.split('/').slice(0, -1);
  for (const specifier of importsOf(source)) {
    if (specifier.startsWith('.')) {
      const target = [...folder];
      for (const part of specifier.split('/')) {
        if (part === '..') target.pop();
        else if (part !== '.') target.push(part);
      }
      const targetLayer = layerOf(target.join('/'));
      if (!targetLayer || !rule.layers.includes(targetLayer)) found.push(`${pathFromSrc} (${layer}) imports ${specifier} (${targetLayer ?? 'outside src'})`);
    } else if (rule.forbiddenPackages.some((pattern) => pattern.test(specifier))) {
      found.push(`${pathFromSrc} (${layer}) imports the forbidden package ${specifier}`);
    } else if (rule.packages && !rule.packages.some((name) => specifier === name || specifier.startsWith(`${name}/`))) {
      found.push(`${pathFromSrc} (${layer}) imports ${specifier}, which a pure layer may not use`);
    }
  }
  if (rule.pure) {
    const code = source.replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '');
    const impure = IMPURE.exec(code);
    if (impure) found.push(`${pathFromSrc} (${layer}) reads the wall clock or randomness: ${impure[0]}`);
  }
  return found;
}
