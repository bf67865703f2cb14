import { useCallback, useSyncExternalStore } from 'react';
import { useSession } from '../store/useSession.ts';
import { roomOrigin, roomOrigins } from './roomAddress.ts';

/** The facilitator's choice of address, kept on this device: the projector in another window of the same browser follows it. */
const STORAGE_KEY = 'samenspel.roomAddress';
const CHOICE_EVENT = 'samenspel:room-address';

function readChoice(): string | undefined {
  try {
    return localStorage.getItem(STORAGE_KEY) ?? undefined;
  } catch {
    return undefined;
  }
}

function subscribe(onChange: () => void): () => void {
  // `storage` fires in the other windows of this browser; the custom event in this one.
  const onStorage = (event: StorageEvent) => {
    if (event.key === STORAGE_KEY || event.key === null) onChange();
  };
  window.addEventListener('storage', onStorage);
  window.addEventListener(CHOICE_EVENT, onChange);
  return () => {
    window.removeEventListener('storage', onStorage);
    window.removeEventListener(CHOICE_EVENT, onChange);
  };
}

/** What the console and the projector know of the room address. */
export interface RoomAddress {
  /** Where links and QR codes send people, e.g. `http://192.168.1.20:8080`. */
  origin: string;
  /** The addresses the facilitator may choose from. */
  options: string[];
  /** True when no address the room can reach is known: this page was opened over loopback on a machine without a network address. */
  unreachable: boolean;
  choose(origin: string): void;
}

/** The room address of the live session on screen (see roomAddress.ts), following the facilitator's choice on this device. */
export function useRoomAddress(): RoomAddress {
  const room = useSession((state) => state.room);
  const chosen = useSyncExternalStore(subscribe, readChoice);
  const options = roomOrigins(room, window.location);
  const choose = useCallback((origin: string) => {
    try {
      localStorage.setItem(STORAGE_KEY, origin);
    } catch {
      // Without storage the choice cannot be kept; the default stays.
    }
    window.dispatchEvent(new Event(CHOICE_EVENT));
  }, []);
  return { origin: roomOrigin(options, chosen, window.location), options, unreachable: options.length === 0, choose };
}
