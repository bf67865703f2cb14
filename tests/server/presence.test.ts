import { describe, expect, it } from 'vitest';
import { Presence } from '../../src/server/presence.ts';
import type { ParticipantRecord } from '../../src/server/sessionStore.ts';
import { FakeWall } from './fakeWall.ts';
import { scenarioFixture } from '../support/scenarioFixture.ts';
import { HARBOUR } from './serverHarness.ts';

/** Presence in a harbour drill whose store keeps participants in memory, or fails with `storeError`. */
function harbourPresence(storeError?: Error) {
  const stored: ParticipantRecord[] = [];
  let changes = 0;
  const presence = new Presence({
    sessionId: 's1',
    scenario: scenarioFixture(HARBOUR),
    store: {
      addParticipant: async (record) => {
        if (storeError) throw storeError;
        stored.push(record);
      },
    },
    wall: new FakeWall(),
    changed: () => (changes += 1),
  });
  return { presence, stored, changes: () => changes };
}

describe('presence', () => {
  it('stores whoever joins with a role of the scenario and lists them under their agency, offline', async () => {
    const { presence, stored, changes } = harbourPresence();
    const joined = await presence.join('Anna', 'wijkagent');
    expect(joined.ok).toBe(true);
    expect(stored.map(({ name, role }) => `${name} ${role}`)).toEqual(['Anna wijkagent']);
    expect(presence.participants()).toEqual([{ participantId: stored[0]?.id, name: 'Anna', role: 'wijkagent', agency: 'politie', online: false }]);
    expect(changes()).toBe(1);
  });

  it('stores and shows a name without the right-to-left override that would make it read as another, and refuses one with nothing visible', async () => {
    const { presence, stored } = harbourPresence();
    expect((await presence.join('  Anna\u202Enivel\u202C ', 'wijkagent')).ok).toBe(true);
    expect(stored.map((record) => record.name)).toEqual(['Annanivel']);
    expect(presence.participants().map((participant) => participant.name)).toEqual(['Annanivel']);
    expect(await presence.join('\u202E\u200F', 'wijkagent')).toMatchObject({ ok: false, kind: 'invalid' });
    expect(stored).toHaveLength(1);
  });

  it('refuses a role the scenario does not have, naming the ones it has', async () => {
    const { presence, stored } = harbourPresence();
    expect(await presence.join('Bob', 'kapitein')).toMatchObject({ ok: false, kind: 'invalid', reason: '"kapitein" is not a role of this scenario; pick one of wijkagent, burgemeester' });
    expect(stored).toEqual([]);
  });

  it('adds nobody when the participant cannot be stored', async () => {
    const { presence, changes } = harbourPresence(new Error('disk full'));
    expect(await presence.join('Anna', 'wijkagent')).toMatchObject({ ok: false, kind: 'storage' });
    expect(presence.participants()).toEqual([]);
    expect(changes()).toBe(0);
  });

  it('tells of a participant coming online or going offline, not of a second tab', async () => {
    const { presence, changes } = harbourPresence();
    const joined = await presence.join('Anna', 'wijkagent');
    if (!joined.ok) throw new Error('joining failed');
    const { id } = joined.value.participant;
    presence.countConnection(id, 1);
    presence.countConnection(id, 1);
    expect(presence.participants()[0]?.online).toBe(true);
    presence.countConnection(id, -1);
    expect(presence.participants()[0]?.online).toBe(true);
    presence.countConnection(id, -1);
    expect(presence.participants()[0]?.online).toBe(false);
    expect(changes()).toBe(3);
  });
});
