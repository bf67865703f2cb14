import type { IncomingMessage } from 'node:http';
import type { TLSSocket } from 'node:tls';
import type { ClientAddress } from './clientAddress.ts';
import { LOCAL_ORGANISER_ID, type Organiser, type OrganiserMode } from './organiser.ts';
import type { OrganiserStore } from './organiserStore.ts';
import { passwordMatches, type PasswordHash } from './passwords.ts';
import type { WallClock } from './scenarioClock.ts';
import { hashSecret, newSecret } from './secrets.ts';

/** The cookie that carries an organiser's login in accounts mode. */
export const LOGIN_COOKIE = 'samenspel_organiser';
const LOGIN_LIFETIME_MS = 12 * 60 * 60 * 1000;
const OTHERS_MAY_CREATE = 'others-may-create';

/** Compared against when a name has no account, so a wrong name takes as long as a wrong password. */
const NO_ACCOUNT: PasswordHash = { salt: Buffer.alloc(16), hash: Buffer.alloc(32) };

/** 127.0.0.0/8 and ::1, also written as IPv4 in IPv6. */
export function isLoopbackAddress(address: string | undefined): boolean {
  if (address === undefined) return false;
  const v4 = address.startsWith('::ffff:') ? address.slice(7) : address;
  return address === '::1' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(v4);
}

function cookie(req: IncomingMessage, name: string): string | undefined {
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const [key, ...value] = part.trim().split('=');
    if (key === name) return value.join('=');
  }
  return undefined;
}

/**
 * Who is an organiser, and who may create exercises. In `local` mode (the default, a laptop in
 * the room) the visitor on the server's own machine is the organiser, with no password; others
 * may create exercises only when that organiser allows it, and what they create belongs to the
 * local organiser too. In `accounts` mode (a hosted server) an organiser logs in with a name and
 * password and the login travels in an HTTP-only, SameSite=Strict cookie.
 */
export class OrganiserAccess {
  constructor(
    readonly mode: OrganiserMode,
    private readonly store: OrganiserStore,
    private readonly addressOf: ClientAddress,
    private readonly trustProxy: boolean,
    private readonly wall: WallClock,
  ) {}

  /** The organiser making a request, if it is one. */
  async organiserOf(req: IncomingMessage): Promise<Organiser | undefined> {
    if (this.mode === 'local') return this.isOnThisMachine(req) ? { id: LOCAL_ORGANISER_ID, name: LOCAL_ORGANISER_ID } : undefined;
    const token = cookie(req, LOGIN_COOKIE);
    return token ? this.store.organiserOfLogin(hashSecret(token), this.wall.now()) : undefined;
  }

  /** The owner of an exercise this request creates, or undefined when it may not create one. */
  async creatorOf(req: IncomingMessage): Promise<string | undefined> {
    const organiser = await this.organiserOf(req);
    if (organiser) return organiser.id;
    return this.mode === 'local' && (await this.othersMayCreate()) ? LOCAL_ORGANISER_ID : undefined;
  }

  /** Whether visitors from other machines may create exercises (local mode only). */
  async othersMayCreate(): Promise<boolean> {
    return (await this.store.setting(OTHERS_MAY_CREATE)) === 'true';
  }

  setOthersMayCreate(allowed: boolean): Promise<void> {
    return this.store.setSetting(OTHERS_MAY_CREATE, String(allowed));
  }

  /** Checks a name and password; on a match, the new login's token for the cookie. */
  async logIn(name: string, password: string): Promise<{ organiser: Organiser; token: string } | undefined> {
    const account = await this.store.byName(name);
    const matches = await passwordMatches(password, account?.password ?? NO_ACCOUNT);
    if (!account || !matches) return undefined;
    const token = newSecret();
    const now = this.wall.now();
    await this.store.addLogin(hashSecret(token), account.organiser.id, now, now + LOGIN_LIFETIME_MS);
    return { organiser: account.organiser, token };
  }

  /** Ends the request's login, if it has one. */
  async logOut(req: IncomingMessage): Promise<void> {
    const token = cookie(req, LOGIN_COOKIE);
    if (token) await this.store.removeLogin(hashSecret(token));
  }

  /** The `Set-Cookie` value for a login (an empty token with no lifetime clears it). */
  loginCookie(req: IncomingMessage, token: string | undefined): string {
    const forwardedProto = String(req.headers['x-forwarded-proto'] ?? '').split(',')[0]?.trim();
    const secure = (req.socket as TLSSocket).encrypted === true || (this.trustProxy && forwardedProto === 'https');
    const lifetime = token === undefined ? 0 : LOGIN_LIFETIME_MS / 1000;
    return `${LOGIN_COOKIE}=${token ?? ''}; Path=/; Max-Age=${lifetime}; HttpOnly; SameSite=Strict${secure ? '; Secure' : ''}`;
  }

  /**
   * The visitor sits at the server's machine: the client address is loopback. Without a trusted
   * proxy a request carrying a forwarding header is not, since a proxy on this machine would
   * make every visitor look local; behind one, the address is the one the proxy vouches for.
   */
  private isOnThisMachine(req: IncomingMessage): boolean {
    if (this.trustProxy) return isLoopbackAddress(this.addressOf(req));
    const forwarded = req.headers['x-forwarded-for'] !== undefined || req.headers.forwarded !== undefined || req.headers['x-real-ip'] !== undefined;
    return !forwarded && isLoopbackAddress(req.socket.remoteAddress);
  }
}
