import type { Channel, Level } from '../../../../scenario/scenarioConstants.ts';
import { IDENTIFIER_MAX_LENGTH } from '../../../../shared/identifier.ts';

/** One expectation as the form holds it: a task to claim or a level to reach, and the time allowed (a duration text, or empty). */
export type ExpectationDraft = { kind: 'task'; task: string; within: string } | { kind: 'level'; level: Level; within: string };

/** One option of the decision as typed: its label and the authority it uses, if any (empty for none). */
export interface OptionDraft {
  label: string;
  uses: string;
}

/** The decision as the form holds it; `by` empty means anyone it is addressed to may decide. */
export interface DecisionDraft {
  prompt: string;
  by: string;
  options: OptionDraft[];
}

/**
 * An improvised inject as the facilitator is writing it: every field as text or a list, empty
 * where nothing was filled in, so a half-written inject survives a refusal untouched.
 */
export interface InjectDraft {
  /** Agency and role ids; empty means everyone. */
  to: string[];
  from: string;
  channel: Channel;
  title: string;
  body: string;
  questions: string[];
  expects: ExpectationDraft[];
  decision: DecisionDraft | undefined;
}

export const EMPTY_DRAFT: InjectDraft = { to: [], from: '', channel: 'message', title: '', body: '', questions: [], expects: [], decision: undefined };

export const EMPTY_OPTION: OptionDraft = { label: '', uses: '' };

/**
 * An option id from its label (`Give a statement now` → `give-a-statement-now`), unique within
 * the decision; `option-N` when the label has no letters or digits to use.
 */
function optionIds(labels: readonly string[]): string[] {
  const used = new Set<string>();
  return labels.map((label, index) => {
    const slug = label
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, IDENTIFIER_MAX_LENGTH - 4);
    const base = slug === '' ? `option-${index + 1}` : slug;
    let id = base;
    for (let n = 2; used.has(id); n += 1) id = `${base}-${n}`;
    used.add(id);
    return id;
  });
}

/**
 * The inject the `improvise` control carries (section 19): the typed text trimmed, empty fields
 * and rows left out, so the server judges only what the facilitator wrote.
 */
export function toImprovisedInject(draft: InjectDraft): Record<string, unknown> {
  const within = (text: string): { within?: string } => (text.trim() === '' ? {} : { within: text.trim() });
  const questions = draft.questions.map((question) => question.trim()).filter((question) => question !== '');
  const expects = draft.expects.flatMap((expectation): Record<string, string>[] => {
    if (expectation.kind === 'level') return [{ level: expectation.level, ...within(expectation.within) }];
    return expectation.task === '' ? [] : [{ task: expectation.task, ...within(expectation.within) }];
  });
  const options = draft.decision?.options.filter((option) => option.label.trim() !== '') ?? [];
  const ids = optionIds(options.map((option) => option.label.trim()));
  return {
    title: draft.title.trim(),
    ...(draft.to.length > 0 ? { to: draft.to } : {}),
    ...(draft.from.trim() === '' ? {} : { from: draft.from.trim() }),
    channel: draft.channel,
    ...(draft.body.trim() === '' ? {} : { body: draft.body }),
    ...(questions.length > 0 ? { questions } : {}),
    ...(expects.length > 0 ? { expects } : {}),
    ...(draft.decision === undefined
      ? {}
      : {
          decision: {
            prompt: draft.decision.prompt,
            ...(draft.decision.by === '' ? {} : { by: draft.decision.by }),
            options: options.map((option, index) => ({ id: ids[index], label: option.label.trim(), ...(option.uses === '' ? {} : { uses: option.uses }) })),
          },
        }),
  };
}
