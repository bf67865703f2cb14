import type { ScenarioMessage } from '../../scenario/scenarioMessage.ts';
import {
  createSessionBodySchema,
  type BundledScenarioBody,
  type CreatedSessionBody,
  type InvalidScenarioDetails,
  type ScenarioListBody,
} from '../../shared/httpApi.ts';
import { ERROR_CODES } from '../../shared/protocol.ts';
import type { BundledScenario } from '../bundledScenarios.ts';
import type { ClientAddress } from '../clientAddress.ts';
import { readBody } from '../httpIo.ts';
import type { OrganiserAccess } from '../organiserAccess.ts';
import { RateLimiter } from '../rateLimit.ts';
import type { WallClock } from '../scenarioClock.ts';
import type { CreateResult, SessionRegistry } from '../sessionRegistry.ts';
import { json, refuse, type Checked, type Reply } from './reply.ts';
import type { RouteRequest } from './routeTable.ts';

// A scenario may be 2 MiB; as a JSON string its line breaks and quotes take two bytes each.
const SCENARIO_BODY_LIMIT = 5 * 1024 * 1024;

type ScenarioSource = Pick<BundledScenario, 'file' | 'text'>;

/** The handlers of the bundled scenarios and of creating an exercise from one or from uploaded text. */
export function scenarioHandlers(bundled: readonly BundledScenario[], registry: SessionRegistry, wall: WallClock, addressOf: ClientAddress, organisers: OrganiserAccess) {
  const creations = new RateLimiter({ burst: 20, perSecond: 0.5 });

  function bundledScenario(id: string): Checked<ScenarioSource> {
    const found = bundled.find((scenario) => scenario.summary.id === id);
    if (found) return { ok: true, value: found };
    const known = bundled.map((scenario) => scenario.summary.id).join(', ') || 'none';
    return refuse(404, ERROR_CODES.unknownScenario, `there is no bundled scenario "${id}" (bundled: ${known})`);
  }

  return {
    list(): Reply {
      return json(200, { scenarios: bundled.map((scenario) => scenario.summary) } satisfies ScenarioListBody);
    },

    text({ params }: RouteRequest<'scenarioId'>): Reply {
      const found = bundledScenario(params.scenarioId);
      if (!found.ok) return found;
      const { file, text } = found.value;
      return json(200, { id: params.scenarioId, file, text } satisfies BundledScenarioBody);
    },

    async create({ req }: RouteRequest): Promise<Reply> {
      const ownerId = await organisers.creatorOf(req);
      if (ownerId === undefined) {
        const how = organisers.mode === 'local' ? 'ask the organiser at the server\'s machine to let others create exercises' : 'log in as an organiser';
        return refuse(403, ERROR_CODES.organiserRequired, `only an organiser may create an exercise: ${how}`);
      }
      if (!creations.take(addressOf(req), wall.now())) {
        return refuse(429, ERROR_CODES.rateLimited, 'too many new exercises from this address; wait a minute', {}, { 'Retry-After': '60' });
      }
      const body = await readBody(req, createSessionBodySchema, SCENARIO_BODY_LIMIT);
      if (!body.ok) return body;
      const { scenarioId, scenario, seed } = body.value;
      const source = scenarioId === undefined ? { ok: true as const, value: uploaded(scenario ?? '') } : bundledScenario(scenarioId);
      if (!source.ok) return source;
      let result: CreateResult;
      try {
        result = await registry.create(source.value.text, source.value.file, seed, ownerId);
      } catch (error) {
        return refuse(503, ERROR_CODES.storageFailed, `the exercise could not be stored: ${(error as Error).message}`);
      }
      if (!result.ok) {
        const errors = result.messages.filter((message) => message.severity === 'error');
        const details = { messages: result.messages } satisfies InvalidScenarioDetails<ScenarioMessage>;
        return refuse(400, ERROR_CODES.invalidScenario, `the scenario has ${errors.length} error${errors.length === 1 ? '' : 's'}`, details);
      }
      const { session, joinCode, facilitatorKey, displayKey, warnings } = result.created;
      return json(201, { sessionId: session.id, joinCode, facilitatorKey, displayKey, seed: session.record.seed, warnings } satisfies CreatedSessionBody<ScenarioMessage>);
    },
  };
}

function uploaded(text: string): ScenarioSource {
  return { text, file: /^\s*[{[]/.test(text) ? 'scenario.json' : 'scenario.yaml' };
}
