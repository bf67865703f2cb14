import { PROTOCOL_VERSION } from '../../shared/protocolConstants.ts';
import { savedCredentials } from '../api/savedCredentials.ts';
import type { PendingSend } from '../store/outboxSlice.ts';
import type { SavedView, SessionState, SessionStore } from '../store/sessionStore.ts';

/**
 * What a participant's (or an evaluator's) device keeps of a session in local storage, so
 * closing the laptop loses nothing and a reload without a network opens the screen as it was:
 * the actions or observations not yet answered (sent again on reconnect), which messages were
 * read, and the last view the server sent (projection, clock, own observations).
 */
export interface SavedParticipantState {
  outbox: PendingSend[];
  read: Record<string, true>;
  view?: SavedView;
}

// The view is large and changes with every update: it is written once things have been quiet this long, and when the page goes away.
const VIEW_SAVE_DELAY_MS = 300;

/** The storage key prefix of one participant (or evaluator) in one session. */
export function participantStorageKey(sessionId: string, participantId: string): string {
  return `samenspel.${sessionId}.${participantId}`;
}

/** What a participant's device opens its live session with: the token it joined with and the key it keeps its state under; undefined before it joined. */
export function joinedParticipant(sessionId: string): { credential: string; storageKey: string } | undefined {
  const joined = savedCredentials.participant(sessionId);
  return joined && { credential: joined.token, storageKey: participantStorageKey(sessionId, joined.participantId) };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

function isPendingSend(value: unknown): value is PendingSend {
  if (!isObject(value) || typeof value.clientId !== 'string') return false;
  const { action, observation } = value;
  if (isObject(action)) return typeof action.type === 'string';
  return isObject(observation) && typeof observation.text === 'string' && typeof observation.at === 'number';
}

function readJson(storage: Storage, key: string): unknown {
  try {
    return JSON.parse(storage.getItem(key) ?? 'null');
  } catch {
    return null;
  }
}

/** The saved view, when it is whole and of this protocol; an older client's or a damaged one is dropped (the server sends a fresh one). */
function savedView(value: unknown): SavedView | undefined {
  if (!isObject(value) || value.protocolVersion !== PROTOCOL_VERSION) return undefined;
  const { viewer, seq, clock, projection, observations } = value;
  const whole =
    isObject(viewer) &&
    typeof viewer.kind === 'string' &&
    typeof seq === 'number' &&
    isObject(clock) &&
    typeof clock.receivedAt === 'number' &&
    isObject(projection) &&
    Array.isArray(projection.timeline) &&
    Array.isArray(observations);
  return whole ? (value as unknown as SavedView) : undefined;
}

/** What was saved before a reload; anything unreadable is dropped rather than sent or shown. */
export function loadParticipantState(storage: Storage, key: string): SavedParticipantState {
  const outbox = readJson(storage, `${key}.outbox`);
  const read = readJson(storage, `${key}.read`);
  const view = savedView(readJson(storage, `${key}.view`));
  return {
    outbox: Array.isArray(outbox) ? outbox.filter(isPendingSend) : [],
    read: Array.isArray(read) ? Object.fromEntries(read.filter((id): id is string => typeof id === 'string').map((id) => [id, true as const])) : {},
    ...(view === undefined ? {} : { view }),
  };
}

function viewOf(state: SessionState): SavedView | undefined {
  const { viewer, seq, clock, projection, observations } = state;
  if (viewer === undefined || clock === undefined || projection === undefined) return undefined;
  return { protocolVersion: PROTOCOL_VERSION, viewer, seq, clock, projection, observations };
}

/**
 * Saves the outbox and the read marks whenever they change, and the view shortly after it
 * changes (at once when the page is hidden or closed). Returns the function that stops it.
 */
export function persistParticipantState(store: SessionStore, storage: Storage, key: string): () => void {
  const save = (field: keyof SavedParticipantState, value: readonly unknown[] | SavedView) => {
    try {
      if (Array.isArray(value) && value.length === 0) storage.removeItem(`${key}.${field}`);
      else storage.setItem(`${key}.${field}`, JSON.stringify(value));
    } catch {
      // A full or refused storage keeps it in memory only; the outbox is still sent on reconnect.
    }
  };
  let viewTimer: ReturnType<typeof setTimeout> | undefined;
  const saveView = () => {
    clearTimeout(viewTimer);
    viewTimer = undefined;
    const view = viewOf(store.getState());
    if (view !== undefined) save('view', view);
  };
  const unsubscribe = store.subscribe((state, previous) => {
    if (state.outbox !== previous.outbox) save('outbox', state.outbox);
    if (state.read !== previous.read) save('read', Object.keys(state.read));
    const viewChanged = state.projection !== previous.projection || state.clock !== previous.clock || state.observations !== previous.observations;
    if (viewChanged) viewTimer ??= setTimeout(saveView, VIEW_SAVE_DELAY_MS);
  });
  const onHide = () => {
    if (viewTimer !== undefined) saveView();
  };
  globalThis.addEventListener?.('pagehide', onHide);
  return () => {
    unsubscribe();
    globalThis.removeEventListener?.('pagehide', onHide);
    onHide();
  };
}
