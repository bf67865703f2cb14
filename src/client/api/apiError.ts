import type { ScenarioMessage } from '../../scenario/scenarioMessage.ts';

/** A refusal from the HTTP API (its `{ error: { code, message } }`), or `network` when the server could not be reached. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    /** The scenario's validation messages, when the server refused a scenario. */
    readonly scenarioMessages: ScenarioMessage[] = [],
  ) {
    super(message);
  }
}
