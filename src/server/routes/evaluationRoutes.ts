import { evaluatorBodySchema, type CreatedEvaluatorBody, type EvaluatorsBody, type JoinCodeRotatedBody, type ObservationsBody } from '../../shared/httpApi.ts';
import type { LiveObservation } from '../../shared/observation.ts';
import { sentObservationSchema } from '../../shared/observation.ts';
import { ERROR_CODES, MAX_MESSAGE_BYTES } from '../../shared/protocol.ts';
import { idempotencyKey, readBody } from '../httpIo.ts';
import { json, refuse, refusalOf, type Reply } from './reply.ts';
import type { SessionRequest } from './routeTable.ts';

/** The handlers of the control team (section 19): evaluators and their observations, and the join code the facilitator rotates. */
export function evaluationHandlers() {
  return {
    async addEvaluator({ req, session }: SessionRequest): Promise<Reply> {
      const body = await readBody(req, evaluatorBodySchema, MAX_MESSAGE_BYTES);
      if (!body.ok) return body;
      const added = await session.addEvaluator(body.value.name);
      if (!added.ok) return refusalOf(added);
      const { evaluator, token } = added.value;
      return json(201, { evaluatorId: evaluator.id, name: evaluator.name, token } satisfies CreatedEvaluatorBody);
    },

    evaluators({ session }: SessionRequest): Reply {
      const evaluators = session.evaluators().map(({ id, name, createdAt }) => ({ evaluatorId: id, name, createdAt }));
      return json(200, { evaluators } satisfies EvaluatorsBody);
    },

    async observe({ req, session, credential }: SessionRequest): Promise<Reply> {
      if (credential.kind !== 'evaluator') return refuse(403, ERROR_CODES.forbidden, 'only evaluators write observations; use the evaluator link the facilitator made for you');
      const body = await readBody(req, sentObservationSchema, MAX_MESSAGE_BYTES);
      if (!body.ok) return body;
      const stored = await session.observe(credential.evaluator, body.value, idempotencyKey(req));
      return stored.ok ? json(201, stored.value satisfies LiveObservation) : refusalOf(stored);
    },

    observations({ session, credential }: SessionRequest): Reply {
      switch (credential.kind) {
        case 'facilitator':
          return json(200, { observations: session.observations() } satisfies ObservationsBody);
        case 'evaluator':
          return json(200, { observations: session.observations(credential.evaluator.id) } satisfies ObservationsBody);
        default:
          return refuse(403, ERROR_CODES.forbidden, 'observations are for the facilitator and the evaluators');
      }
    },

    async rotateJoinCode({ session }: SessionRequest): Promise<Reply> {
      const rotated = await session.control({ type: 'rotate-join-code' });
      return rotated.ok ? json(200, { joinCode: session.joinCode } satisfies JoinCodeRotatedBody) : refusalOf(rotated);
    },
  };
}
