import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { LanguageProvider } from '../../../src/client/i18n/LanguageProvider.tsx';
import { Rehearsal } from '../../../src/client/screens/author/Rehearsal.tsx';
import { smallScenario } from '../support/scenario.ts';

function rehearse() {
  const user = userEvent.setup();
  const rendered = render(
    <LanguageProvider>
      <Rehearsal scenario={smallScenario()} />
    </LanguageProvider>,
  );
  return { ...rendered, user };
}

describe('the solo rehearsal', () => {
  it('runs the engine in the browser as any role and ends with the debrief of what was played', async () => {
    const { user } = rehearse();
    await user.click(screen.getByRole('button', { name: 'Rehearse this version' }));
    await user.click(screen.getByRole('button', { name: 'Start play' }));
    expect(screen.getByText('Running')).toBeInTheDocument();

    const form = screen.getByRole('form', { name: 'Act as a role' });
    await user.selectOptions(within(form).getByLabelText('Act as'), 'handhaver');
    await user.selectOptions(within(form).getByLabelText('Action'), 'claim');
    await user.selectOptions(within(form).getByLabelText('Task'), 'ontmantelen');
    await user.selectOptions(within(form).getByLabelText('As'), 'lead');
    await user.click(within(form).getByRole('button', { name: 'Do it' }));
    expect(screen.getByText(/claims the lead of "Drugslab ontmantelen"/)).toBeInTheDocument();

    await user.clear(screen.getByLabelText('Move the clock by'));
    await user.type(screen.getByLabelText('Move the clock by'), '15m');
    await user.click(screen.getByRole('button', { name: 'Advance' }));
    expect(screen.getByText(/"Chalet sluiten\?" released to Gemeente/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Fire' }));
    await user.click(screen.getByRole('button', { name: 'End play' }));

    const debrief = (await screen.findByRole('heading', { name: 'Debrief of the rehearsal' })).closest('section') as HTMLElement;
    expect(within(debrief).getByText('lead-deviation', { selector: 'code' })).toBeInTheDocument();
    expect(within(debrief).getByText('undecided-decision', { selector: 'code' })).toBeInTheDocument();
    expect(within(debrief).getByRole('button', { name: 'HTML report' })).toBeInTheDocument();
    const timeline = within(debrief).getByText('Timeline', { selector: 'h2' }).closest('section') as HTMLElement;
    expect(within(timeline).getByText(/Handhaver \(Gemeente\)/)).toBeInTheDocument();
  });

  it('lets the author improvise an inject, released at once and answerable, and says why the engine refuses one', async () => {
    const { user } = rehearse();
    await user.click(screen.getByRole('button', { name: 'Rehearse this version' }));
    await user.click(screen.getByRole('button', { name: 'Start play' }));
    const panel = screen.getByRole('form', { name: 'New inject' });
    await user.type(within(panel).getByLabelText('Title'), 'De pers belt');
    await user.click(within(panel).getByRole('button', { name: 'Release now' }));
    expect(within(panel).getByRole('status')).toHaveTextContent('Released as adhoc-1.');
    expect(screen.getByText(/"De pers belt" released to everyone/)).toBeInTheDocument();
    expect(within(panel).getByLabelText('Title')).toHaveValue('');

    const form = screen.getByRole('form', { name: 'Act as a role' });
    await user.selectOptions(within(form).getByLabelText('Act as'), 'handhaver');
    await user.selectOptions(within(form).getByLabelText('Action'), 'respond');
    await user.selectOptions(within(form).getByLabelText('Message'), 'adhoc-1');
    await user.type(within(form).getByLabelText('Text'), 'Geen commentaar');
    await user.click(within(form).getByRole('button', { name: 'Do it' }));
    expect(screen.getByText(/Geen commentaar/)).toBeInTheDocument();

    await user.type(within(panel).getByLabelText('Title'), 'Nog een keer');
    await user.click(within(panel).getByRole('button', { name: 'Add a task' }));
    await user.type(within(panel).getByLabelText('Within (expectation 1)'), 'soon');
    await user.click(within(panel).getByRole('button', { name: 'Release now' }));
    expect(within(panel).getByRole('alert')).toHaveTextContent('within');
    expect(within(panel).getByLabelText('Title')).toHaveValue('Nog een keer');
    expect(screen.queryByText(/"Nog een keer" released/)).not.toBeInTheDocument();
  });

  it('says what is missing before an action goes to the engine', async () => {
    const { user } = rehearse();
    await user.click(screen.getByRole('button', { name: 'Rehearse this version' }));
    await user.click(screen.getByRole('button', { name: 'Start play' }));
    const form = screen.getByRole('form', { name: 'Act as a role' });
    await user.selectOptions(within(form).getByLabelText('Action'), 'share');
    await user.click(within(form).getByRole('button', { name: 'Do it' }));
    expect(within(form).getByRole('alert')).toHaveTextContent('information');
  });

  it('asks for a scenario that loads before it can rehearse', () => {
    render(
      <LanguageProvider>
        <Rehearsal scenario={undefined} />
      </LanguageProvider>,
    );
    expect(screen.getByText('Fix the errors first: a rehearsal needs a scenario that loads.')).toBeInTheDocument();
  });
});
