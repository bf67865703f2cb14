import type { IncomingMessage } from 'node:http';
import { loginBodySchema, organiserSettingsBodySchema, type OrganiserStatusBody } from '../../shared/httpApi.ts';
import { ERROR_CODES } from '../../shared/protocol.ts';
import type { ClientAddress } from '../clientAddress.ts';
import { readBody } from '../httpIo.ts';
import type { Logger } from '../logger.ts';
import type { OrganiserAccess } from '../organiserAccess.ts';
import { FailureBackoff } from '../rateLimit.ts';
import type { WallClock } from '../scenarioClock.ts';
import { json, refuse, type Reply } from './reply.ts';
import type { RouteRequest } from './routeTable.ts';

/** The handlers of organisers: who the visitor is, logging in and out, and the local organiser's settings. */
export function organiserHandlers(access: OrganiserAccess, wall: WallClock, addressOf: ClientAddress, log: Logger) {
  const wrongLogins = new FailureBackoff({ freeFailures: 5, firstPauseMs: 1000, maxPauseMs: 5 * 60_000, forgetAfterMs: 15 * 60_000 });

  const status = async (req: IncomingMessage): Promise<OrganiserStatusBody> => {
    const organiser = await access.organiserOf(req);
    return {
      mode: access.mode,
      organiser: organiser ? { name: organiser.name } : null,
      mayCreate: (await access.creatorOf(req)) !== undefined,
      othersMayCreate: access.mode === 'local' && (await access.othersMayCreate()),
    };
  };

  return {
    async status({ req }: RouteRequest): Promise<Reply> {
      return json(200, await status(req));
    },

    async logIn({ req }: RouteRequest): Promise<Reply> {
      if (access.mode !== 'accounts') return refuse(409, ERROR_CODES.forbidden, 'this server has no organiser accounts: the organiser is whoever uses its own machine');
      const address = addressOf(req);
      const wait = wrongLogins.waitMs(address, wall.now());
      if (wait > 0) return refuse(429, ERROR_CODES.tooManyAttempts, 'too many wrong logins from this address; wait and try again', {}, { 'Retry-After': String(Math.ceil(wait / 1000)) });
      const body = await readBody(req, loginBodySchema, 4096);
      if (!body.ok) return body;
      const login = await access.logIn(body.value.name, body.value.password);
      if (!login) {
        wrongLogins.fail(address, wall.now());
        log.info({ client: address }, 'organiser login refused');
        return refuse(401, ERROR_CODES.wrongLogin, 'this name and password do not match an organiser');
      }
      log.info({ organiserId: login.organiser.id }, 'organiser logged in');
      const loggedIn: OrganiserStatusBody = { mode: access.mode, organiser: { name: login.organiser.name }, mayCreate: true, othersMayCreate: false };
      return json(200, loggedIn, { 'Set-Cookie': access.loginCookie(req, login.token) });
    },

    async logOut({ req }: RouteRequest): Promise<Reply> {
      await access.logOut(req);
      // The login is gone from the server, so the status already reads the visitor as logged out.
      return json(200, await status(req), { 'Set-Cookie': access.loginCookie(req, undefined) });
    },

    async saveSettings({ req }: RouteRequest): Promise<Reply> {
      if (access.mode !== 'local' || !(await access.organiserOf(req))) {
        return refuse(403, ERROR_CODES.organiserRequired, 'only the organiser on the server\'s own machine may change who creates exercises');
      }
      const body = await readBody(req, organiserSettingsBodySchema, 1024);
      if (!body.ok) return body;
      await access.setOthersMayCreate(body.value.othersMayCreate);
      log.info({ othersMayCreate: body.value.othersMayCreate }, 'organiser settings changed');
      return json(200, await status(req));
    },
  };
}
