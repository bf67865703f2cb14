import { act, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PlayScreen } from '../../../src/client/screens/play/PlayScreen.tsx';
import { SHEET_QUERY } from '../../../src/client/screens/play/ActionBar.tsx';
import { FakeServer } from '../support/fakeServer.ts';
import { renderLive } from '../support/renderLive.tsx';
import { smallScenario } from '../support/scenario.ts';

// The handhaver of the small scenario receives "Start van de actiedag" at 0 and "Chalet sluiten?" at 10 minutes.
function twoMessages() {
  const server = new FakeServer(smallScenario());
  server.apply({ type: 'START' }, { type: 'ADVANCE', to: 600 });
  return { server, viewer: { kind: 'participant', role: 'handhaver' } as const };
}

function toggleOf(title: string): HTMLElement {
  return within(screen.getByRole('article', { name: title })).getByRole('button', { name: title });
}

afterEach(() => vi.unstubAllGlobals());

describe('the participant’s phone acts first', () => {
  it('opens the newest unread message and folds the older ones to their titles, which open with a tap', async () => {
    const { user } = renderLive(<PlayScreen />, twoMessages());
    expect(toggleOf('Chalet sluiten?')).toHaveAttribute('aria-expanded', 'true');
    expect(within(screen.getByRole('article', { name: 'Chalet sluiten?' })).getByRole('button', { name: 'Mark as read' })).toBeInTheDocument();
    expect(toggleOf('Start van de actiedag')).toHaveAttribute('aria-expanded', 'false');
    expect(within(screen.getByRole('article', { name: 'Start van de actiedag' })).queryByText('Wie trekt welke locatie?')).not.toBeInTheDocument();

    await user.click(toggleOf('Start van de actiedag'));
    expect(within(screen.getByRole('article', { name: 'Start van de actiedag' })).getByText('Wie trekt welke locatie?')).toBeInTheDocument();
  });

  it('opens the next unread message once the newest is read, and keeps one being worked in open', async () => {
    const { user } = renderLive(<PlayScreen />, twoMessages());
    const newest = screen.getByRole('article', { name: 'Chalet sluiten?' });
    await user.click(within(newest).getByRole('button', { name: 'Mark as read' }));
    expect(toggleOf('Start van de actiedag')).toHaveAttribute('aria-expanded', 'true');
    // The newest was worked in (its button had the focus): it stays open.
    expect(toggleOf('Chalet sluiten?')).toHaveAttribute('aria-expanded', 'true');
  });

  it('makes "What do you do?" a bar at the bottom of a phone that opens into the actions and closes with Escape', async () => {
    vi.stubGlobal('matchMedia', (query: string) => ({ matches: query === SHEET_QUERY, addEventListener: () => undefined, removeEventListener: () => undefined }));
    const { user } = renderLive(<PlayScreen />, twoMessages());
    const bar = screen.getByRole('region', { name: 'What do you do?' });
    const toggle = within(bar).getByRole('button', { name: 'What do you do?' });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(within(bar).queryByRole('radio', { name: 'Claim a task' })).not.toBeInTheDocument();
    await user.click(toggle);
    expect(within(bar).getByRole('radio', { name: 'Claim a task' })).toBeInTheDocument();
    act(() => within(bar).getByRole('radio', { name: 'Claim a task' }).focus());
    await user.keyboard('{Escape}');
    expect(within(bar).queryByRole('radio', { name: 'Claim a task' })).not.toBeInTheDocument();
  });

  it('keeps a half-filled action, and what became of one sent, when the sheet folds or the screen turns across the breakpoint', async () => {
    const screenWidth = new EventTarget();
    let phone = false;
    vi.stubGlobal('matchMedia', (query: string) => ({
      get matches() {
        return query === SHEET_QUERY && phone;
      },
      addEventListener: (type: string, listener: EventListener) => screenWidth.addEventListener(type, listener),
      removeEventListener: (type: string, listener: EventListener) => screenWidth.removeEventListener(type, listener),
    }));
    const turn = (toPhone: boolean) =>
      act(() => {
        phone = toPhone;
        screenWidth.dispatchEvent(new Event('change'));
      });
    const { user, socket } = renderLive(<PlayScreen />, twoMessages());
    const bar = screen.getByRole('region', { name: 'What do you do?' });
    await user.click(within(bar).getByRole('radio', { name: 'Note' }));
    await user.type(within(bar).getByLabelText('Text'), 'Eerste notitie');
    await user.click(within(bar).getByRole('button', { name: 'Send' }));
    const [sent] = socket.sentOf('action') as { clientId: string }[];
    act(() => socket.receive({ type: 'action_accepted', clientId: sent?.clientId, seq: 3, at: 600 }));
    await user.type(within(bar).getByLabelText('Text'), 'Tweede, half af');

    turn(true);
    expect(within(bar).queryByRole('form', { name: 'Note' })).not.toBeInTheDocument();
    await user.click(within(bar).getByRole('button', { name: 'What do you do?' }));
    expect(within(bar).getByLabelText('Text')).toHaveValue('Tweede, half af');
    await user.keyboard('{Escape}');
    turn(false);
    const form = within(bar).getByRole('form', { name: 'Note' });
    expect(within(form).getByLabelText('Text')).toHaveValue('Tweede, half af');
    expect(within(form).getByRole('status')).toHaveTextContent(/^Recorded at /);
  });
});
