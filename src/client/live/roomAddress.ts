import type { RoomAddresses } from '../../shared/protocol.ts';

/** Where this page was opened: the parts of `window.location` the room address depends on. */
export type PageLocation = Pick<Location, 'origin' | 'hostname'>;

/** Whether a host name is this machine itself (`localhost`, `127.0.0.1`, `::1`): an address no phone in the room can reach. */
export function isLoopbackHost(hostname: string): boolean {
  const host = hostname.replace(/^\[|\]$/g, '').toLowerCase();
  return host === 'localhost' || host.endsWith('.localhost') || host === '::1' || /^127\.\d+\.\d+\.\d+$/.test(host);
}

/**
 * The addresses the facilitator may send the room to, the one used unless they choose another
 * first: the public address the server was started with, then this page's own address when the
 * room can reach it, then the machine's other addresses on the local network.
 */
export function roomOrigins(room: RoomAddresses | undefined, here: PageLocation): string[] {
  const candidates = [room?.publicUrl, isLoopbackHost(here.hostname) ? undefined : here.origin, ...(room?.addresses ?? [])];
  return [...new Set(candidates.filter((origin): origin is string => origin !== undefined))];
}

/** The address links and QR codes use: the facilitator's choice while the server still offers it, else the first offered, else this page's own. */
export function roomOrigin(options: readonly string[], chosen: string | undefined, here: PageLocation): string {
  if (chosen !== undefined && options.includes(chosen)) return chosen;
  return options[0] ?? here.origin;
}
