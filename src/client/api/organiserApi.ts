import type { LoginBody, OrganiserSettingsBody, OrganiserStatusBody } from '../../shared/httpApi.ts';
import { request } from './httpApi.ts';

/** Whether this visitor is an organiser and may create exercises. */
export function fetchOrganiserStatus(): Promise<OrganiserStatusBody> {
  return request<OrganiserStatusBody>('/api/organiser');
}

/** Logs in to an organiser account; the server keeps the login in an HTTP-only cookie. */
export function logIn(body: LoginBody): Promise<OrganiserStatusBody> {
  return request<OrganiserStatusBody>('/api/organiser/login', { method: 'POST', body: JSON.stringify(body) });
}

export function logOut(): Promise<OrganiserStatusBody> {
  return request<OrganiserStatusBody>('/api/organiser/logout', { method: 'POST' });
}

/** The local organiser lets visitors from other machines create exercises, or stops them. */
export function saveOrganiserSettings(body: OrganiserSettingsBody): Promise<OrganiserStatusBody> {
  return request<OrganiserStatusBody>('/api/organiser/settings', { method: 'PUT', body: JSON.stringify(body) });
}
