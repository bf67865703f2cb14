import { screen, within } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { savedCredentials } from '../../../src/client/api/savedCredentials.ts';
import { ROUTES } from '../../../src/client/paths.ts';
import DebriefPage from '../../../src/client/screens/debrief/DebriefPage.tsx';
import { EMPTY_DEBRIEF_NOTES, type DebriefNotes } from '../../../src/shared/debriefNotes.ts';
import type { Observation } from '../../../src/shared/observation.ts';
import { fakeFetch, renderRoute } from '../support/renderRoute.tsx';
import { playedReport, stateFor } from './playedReport.ts';

const played = playedReport();
const base = '/api/sessions/s1';

afterEach(() => {
  vi.unstubAllGlobals();
});

beforeAll(() => {
  // jsdom cannot scroll; the debrief asks it to bring an entry into view.
  Element.prototype.scrollIntoView = () => undefined;
});

function openDebrief(viewer: 'facilitator' | 'display', routes: Parameters<typeof fakeFetch>[0] = {}, notes?: DebriefNotes) {
  if (viewer === 'facilitator') savedCredentials.saveFacilitator('s1', { key: 'fk' });
  else savedCredentials.saveDisplay('s1', { key: 'dk' });
  const server = fakeFetch({
    [`GET ${base}/state`]: () => ({ status: 200, body: stateFor(played, { kind: viewer }) }),
    [`GET ${base}/report?format=json`]: () => ({ status: 200, body: notes === undefined ? played.report : { ...played.report, notes } }),
    [`GET ${base}/runs`]: () => ({ status: 200, body: { scenarioId: 'kempenhoeve', runs: [] } }),
    ...routes,
  });
  vi.stubGlobal('fetch', server.fetch);
  return { ...renderRoute(ROUTES.debrief, DebriefPage, '/debrief/s1'), server };
}

/** A section of the debrief by its heading (role queries are slow on a page this large). */
async function section(name: string): Promise<HTMLElement> {
  const heading = await screen.findByText(name, { selector: 'h2' });
  return heading.closest('section') as HTMLElement;
}

const gapsHeading = `Gaps (${played.report.gaps.length})`;

describe('the debrief screen', () => {
  it('groups the gaps by code with what each means, who was involved and links to the evidence', async () => {
    openDebrief('facilitator');
    const gaps = await section(gapsHeading);
    const contested = within(gaps).getByRole('region', { name: /Contested lead/ });
    expect(within(contested).getByText(/2 organisaties claimden de leiding/)).toBeInTheDocument();
    expect(within(contested).getByText('Involved: Openbaar Ministerie, parket Heidebeek; Politie, district Heidebeek; Officier van justitie ondermijning (Openbaar Ministerie, parket Heidebeek); Officier van dienst politie (Politie, district Heidebeek)')).toBeInTheDocument();
    const links = within(contested).getAllByRole('link', { name: /Timeline entry/ });
    expect(links.map((link) => link.getAttribute('href'))).toEqual(['#entry-7', '#entry-9']);
    const timeline = await section('Timeline');
    for (const link of links) expect(timeline.querySelector(link.getAttribute('href') ?? '')).not.toBeNull();
    expect(within(gaps).getAllByRole('heading', { level: 3 }).map((heading) => heading.textContent)).toContain('Task without a lead task-without-lead (2)');
  });

  it('filters the timeline by organisation and kind, and an evidence link shows its entry again', async () => {
    const { user } = openDebrief('facilitator');
    const timeline = await section('Timeline');
    await user.selectOptions(within(timeline).getByLabelText('Organisation'), 'belastingdienst');
    await user.selectOptions(within(timeline).getByLabelText('Kind'), 'share');
    const shown = within(timeline).getAllByRole('listitem');
    expect(shown.length).toBeGreaterThan(0);
    for (const entry of shown) expect(entry).toHaveTextContent(/\(Belastingdienst\) shares/);
    expect(within(timeline).getByRole('status')).toHaveTextContent(`${shown.length} of ${played.report.timeline.length} entries`);
    expect(timeline.querySelector('#entry-7')).toBeNull();

    const gaps = await section(gapsHeading);
    await user.click(within(gaps).getAllByRole('link', { name: 'Timeline entry 7' })[0] as HTMLElement);
    const entry = timeline.querySelector('#entry-7');
    expect(entry).not.toBeNull();
    expect(entry).toHaveFocus();
    expect(within(timeline).getByLabelText('Organisation')).toHaveValue('all');
  });

  it('shows the TVB matrix paper beside practice, coloured, and authorities × roles with overreach', async () => {
    openDebrief('facilitator');
    const tasks = await section('Tasks × organisations: paper beside practice');
    const contested = within(tasks).getByRole('row', { name: /Leiding deellocatie bedrijventerrein De Vlasakker/ });
    const statuses = within(contested).getAllByRole('cell').map((cell) => cell.getAttribute('data-status'));
    expect(statuses.filter((status) => status === 'contest')).toHaveLength(2);
    const authorities = await section('Authorities × roles');
    const closing = within(authorities).getByRole('row', { name: /Pand sluiten/ });
    expect(within(closing).getByText('overreach')).toBeInTheDocument();
    expect(within(closing).getByRole('link', { name: 'Timeline entry 66' })).toHaveAttribute('href', '#entry-66');
  });

  it('measures cooperation per pair against the ambition, dashed where it fell short', async () => {
    const { container } = openDebrief('facilitator');
    const cooperation = await section('Cooperation against the ambition');
    const below = within(cooperation).getByRole('row', { name: /Nederlandse Arbeidsinspectie ↔ Gemeente Heidebeek/ });
    expect(below).toHaveTextContent('coordinating');
    expect(below).toHaveTextContent('cooperating');
    expect(below).toHaveTextContent('below the ambition');
    await vi.waitFor(() => expect(container.querySelectorAll('.react-flow__edge')).toHaveLength(13));
    expect(container.querySelectorAll('.react-flow__edge.network-edge--below')).toHaveLength(1);
    expect(container.querySelector('.network-edge--below path')?.getAttribute('style')).toContain('stroke-dasharray');
  });

  it('shows the escalations between the levels, marked where unanswered, and each expected level with its evidence', async () => {
    openDebrief('facilitator');
    const levels = await section('The link between levels');
    const operational = within(levels).getByRole('row', { name: /^operational/ });
    expect(operational).toHaveTextContent('2 (0 answered)');
    expect(operational.querySelector('.levels-matrix__cell--unanswered')).not.toBeNull();
    const late = within(levels).getByText(/reached late/).closest('li') as HTMLElement;
    expect(late).toHaveTextContent('Toezichthouder bedreigd');
    expect(within(late).getAllByRole('link', { name: /Timeline entry/ })).toHaveLength(2);
    expect(within(levels).getByText(/never reached/).closest('li')).toHaveTextContent('Twee kinderen verstopt in een chalet');
  });

  it('checks the notes before saving them and sends them whole with PUT', async () => {
    let stored: unknown;
    const { user, server } = openDebrief('facilitator', {
      [`PUT ${base}/notes`]: (body) => {
        stored = body;
        return { status: 200, body };
      },
    });
    const notes = await section('Objectives, strengths and improvement plan');
    const objective = played.scenario.objectives[0];
    await user.selectOptions(within(notes).getByLabelText(`Rating for “${objective?.text}”`), 'S');
    await user.type(within(notes).getByLabelText(`Notes on “${objective?.text}”`), 'Trekkers waren laat bekend');
    await user.type(within(notes).getByLabelText('Strengths'), 'Snelle start{Enter}Goede briefing');
    await user.click(within(notes).getByRole('button', { name: 'Add a corrective action' }));
    await user.click(within(notes).getByRole('button', { name: 'Save notes' }));
    const problems = await within(notes).findByRole('alert');
    expect(problems).toHaveTextContent('Improvement plan, row 1, Area: is required');
    expect(problems).toHaveTextContent('Improvement plan, row 1, Corrective action: is required');
    expect(server.calls.filter((call) => call.method === 'PUT')).toHaveLength(0);

    await user.type(within(notes).getByLabelText('Row 1: Area'), 'Opvang');
    await user.type(within(notes).getByLabelText('Row 1: Corrective action'), 'Trekker opvang vastleggen in het draaiboek');
    await user.selectOptions(within(notes).getByLabelText('Row 1: Owner'), 'riec');
    await user.type(within(notes).getByLabelText('Row 1: Start'), '2026-07-01');
    await user.type(within(notes).getByLabelText('Row 1: Due'), '2026-06-30');
    await user.click(within(notes).getByRole('button', { name: 'Save notes' }));
    expect(await within(notes).findByRole('alert')).toHaveTextContent('Improvement plan, row 1, Due: is before the start date');

    await user.clear(within(notes).getByLabelText('Row 1: Start'));
    await user.type(within(notes).getByLabelText('Row 1: Start'), '2026-04-01');
    await user.selectOptions(within(notes).getByLabelText('Row 1: Status'), 'In progress');
    await user.type(within(notes).getByLabelText('Place'), 'Raadzaal Heidebeek');
    await user.type(within(notes).getByLabelText('Facilitator'), 'Marieke van Dijk');
    await user.type(within(notes).getByLabelText('Date held'), '2026-03-19');
    await user.click(within(notes).getByRole('button', { name: 'Save notes' }));
    expect(await within(notes).findByText('Saved.')).toBeInTheDocument();
    expect(stored).toEqual({
      exercise: { date: '2026-03-19', place: 'Raadzaal Heidebeek', organiser: '', facilitator: 'Marieke van Dijk' },
      ratings: [{ objective: objective?.id, rating: 'S', notes: 'Trekkers waren laat bekend' }],
      strengths: ['Snelle start', 'Goede briefing'],
      improvements: [],
      plan: [{ area: 'Opvang', action: 'Trekker opvang vastleggen in het draaiboek', owner: 'riec', contact: '', start: '2026-04-01', due: '2026-06-30', status: 'in-progress' }],
    });
  });

  it('says when saving the notes failed', async () => {
    const { user } = openDebrief('facilitator', {
      [`PUT ${base}/notes`]: () => ({ status: 400, body: { error: { code: 'bad-message', message: 'plan[0].owner: unknown agency' } } }),
    });
    const notes = await section('Objectives, strengths and improvement plan');
    await user.type(within(notes).getByLabelText('Areas for improvement'), 'Informatie eerder delen');
    await user.click(within(notes).getByRole('button', { name: 'Save notes' }));
    expect(await within(notes).findByRole('alert')).toHaveTextContent('Saving failed: Something went wrong: plan[0].owner: unknown agency');
  });

  it('shows a read-only debrief with the recorded notes and no edit controls to the display key', async () => {
    const notes: DebriefNotes = {
      exercise: { date: '', place: 'Raadzaal Heidebeek', organiser: '', facilitator: '' },
      ratings: [{ objective: 'obj-tvb', rating: 'M', notes: 'Veel onduidelijkheid' }],
      strengths: ['Snelle start'],
      improvements: [],
      plan: [{ area: 'Opvang', action: 'Trekker vastleggen', owner: 'riec', contact: 'J. de Vries', start: '', due: '2026-06-30', status: 'done' }],
    };
    const { container } = openDebrief('display', {}, notes);
    const shown = await section('Objectives, strengths and improvement plan');
    expect(screen.getByText('A read-only debrief: the facilitator records the ratings and the improvement plan.')).toBeInTheDocument();
    expect(within(shown).getByText('Veel onduidelijkheid')).toBeInTheDocument();
    expect(within(shown).getByRole('cell', { name: 'RIEC Zuid-Kempen' })).toBeInTheDocument();
    expect(within(shown).getByRole('cell', { name: 'Done' })).toBeInTheDocument();
    expect(within(shown).getByText('Raadzaal Heidebeek')).toBeInTheDocument();
    expect(within(shown).queryByRole('textbox')).toBeNull();
    expect(within(shown).queryByRole('combobox')).toBeNull();
    expect(screen.queryByRole('button', { name: 'Save notes' })).toBeNull();
    expect(screen.queryByRole('region', { name: 'Comparing runs' })).toBeNull();
    expect(container.querySelectorAll('form')).toHaveLength(0);
  });

  it('tells people other than the facilitator that the debrief opens after play', async () => {
    openDebrief('display', {
      [`GET ${base}/report?format=json`]: () => ({ status: 403, body: { error: { code: 'forbidden', message: 'not yet' } } }),
    });
    expect(await screen.findByRole('alert')).toHaveTextContent('The debrief opens for everyone once the exercise has ended');
  });

  it('asks for a key when the device has none', async () => {
    renderRoute(ROUTES.debrief, DebriefPage, '/debrief/s1');
    expect(await screen.findByRole('alert')).toHaveTextContent('This debrief needs a key.');
  });

  it('downloads each export from the report endpoint with the key', async () => {
    const created: Blob[] = [];
    vi.stubGlobal('URL', Object.assign(URL, { createObjectURL: (blob: Blob) => (created.push(blob), 'blob:report'), revokeObjectURL: () => undefined }));
    const downloads: string[] = [];
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      downloads.push(this.download);
    });
    const { user, server } = openDebrief('facilitator', {
      [`GET ${base}/report?format=md`]: () => ({ status: 200, body: '# Nabespreking' }),
      [`GET ${base}/report?format=html`]: () => ({ status: 200, body: '<!doctype html>' }),
      [`GET ${base}/report?format=pdf`]: () => ({ status: 200, body: '%PDF-1.3' }),
    });
    const exports = await section('Export');
    await user.click(within(exports).getByRole('button', { name: 'Markdown' }));
    await user.click(within(exports).getByRole('button', { name: 'HTML report' }));
    await user.click(within(exports).getByRole('button', { name: 'PDF report' }));
    await vi.waitFor(() => expect(downloads).toEqual(['debrief-kempenhoeve-s1.md', 'debrief-kempenhoeve-s1.html', 'debrief-kempenhoeve-s1.pdf']));
    expect(await created[0]?.text()).toBe('"# Nabespreking"');
    expect(created[1]?.type).toBe('text/html;charset=utf-8');
    expect(created[2]?.type).toBe('application/pdf');
    expect(await created[2]?.text()).toContain('%PDF-1.3');
    expect(server.calls.map((call) => call.path)).toContain(`${base}/report?format=md`);
    click.mockRestore();
  });

  it('lists the runs of the scenario with gap counts and compares this run with an earlier one', async () => {
    const earlierGap = played.report.gaps.find((gap) => gap.code === 'contested-lead');
    const { user } = openDebrief('facilitator', {
      [`GET ${base}/runs`]: () => ({
        status: 200,
        body: {
          scenarioId: 'kempenhoeve',
          runs: [
            { sessionId: 's0', createdAt: Date.UTC(2026, 2, 1, 9), status: 'ended', seed: 3, sameScenarioText: true, gaps: 5, gapsByCode: { 'contested-lead': 2, 'unclaimed-task': 3 } },
            { sessionId: 's1', createdAt: Date.UTC(2026, 2, 14, 9), status: 'ended', seed: 7, sameScenarioText: true, gaps: 20, gapsByCode: { 'contested-lead': 1 } },
          ],
        },
      }),
      [`GET ${base}/compare/s0`]: () => ({
        status: 200,
        body: {
          earlier: { sessionId: 's0', createdAt: Date.UTC(2026, 2, 1, 9), status: 'ended' },
          later: { sessionId: 's1', createdAt: Date.UTC(2026, 2, 14, 9), status: 'ended' },
          closed: [],
          persisted: [earlierGap],
          new: played.report.gaps.filter((gap) => gap.code === 'unclaimed-task'),
        },
      }),
    });
    const runs = await section('Comparing runs');
    const table = await within(runs).findByRole('table');
    expect(within(table).getAllByRole('columnheader').map((header) => header.textContent)).toEqual(['Run', 'Status', 'Gaps', 'Unclaimed task', 'Contested lead', 'Compare']);
    const earlier = within(table).getAllByRole('row')[1] as HTMLElement;
    expect(within(earlier).getAllByRole('cell').map((cell) => cell.textContent)).toEqual(['Ended', '5', '3', '2', 'Compare with this run']);
    await user.click(within(earlier).getByRole('button', { name: 'Compare with this run' }));
    expect(await within(runs).findByRole('region', { name: 'Closed (0)' })).toHaveTextContent('None.');
    expect(within(runs).getByRole('region', { name: 'Persisted (1)' })).toHaveTextContent('Contested lead');
    expect(within(runs).getByRole('region', { name: 'New (1)' })).toHaveTextContent('Unclaimed task');
  });
});

describe('the observations in the debrief', () => {
  const tvb = played.scenario.objectives.find((objective) => objective.id === 'obj-tvb');
  const observations: Observation[] = [
    { at: 600, by: 'Eva', text: 'Niemand pakt de leiding op het bedrijventerrein', objective: 'obj-tvb', agencies: ['politie'], rating: 'S', entries: [7, 9] },
    { at: 900, by: 'Bram', text: 'OM en politie overleggen pas laat', objective: 'obj-tvb', rating: 'M' },
    { at: 1200, by: 'Eva', text: 'Rolverdeling wordt wel helder na het overleg', objective: 'obj-tvb', rating: 'S' },
    { at: 1500, by: 'Bram', text: 'De koffie was op' },
  ];
  const withObservations = (notes?: DebriefNotes) => ({
    [`GET ${base}/report?format=json`]: () => ({ status: 200, body: { ...played.report, observations, ...(notes === undefined ? {} : { notes }) } }),
  });
  const objectiveGroup = async (name: string) => within(await section('Objectives and observations')).getByRole('region', { name });

  it('groups them under their objective with the evaluators’ suggestions counted and the gaps in its tasks', async () => {
    openDebrief('display', withObservations({ ...EMPTY_DEBRIEF_NOTES, ratings: [{ objective: 'obj-tvb', rating: 'M', notes: '' }] }));
    const group = await objectiveGroup(tvb?.text ?? '');
    expect(within(group).getByText('Evaluators suggested: S ×2, M ×1')).toBeInTheDocument();
    expect(within(group).getByText('Rated M by the facilitator')).toBeInTheDocument();
    expect(within(group).getByText('Niemand pakt de leiding op het bedrijventerrein')).toBeInTheDocument();
    expect(within(group).getByText('OM en politie overleggen pas laat')).toBeInTheDocument();
    expect(within(group).queryByText('De koffie was op')).toBeNull();
    const tasks = new Set(tvb?.tasks);
    const gaps = played.report.gaps.filter((gap) => gap.task !== undefined && tasks.has(gap.task));
    expect(gaps.length).toBeGreaterThan(0);
    expect(within(group).getByRole('heading', { name: `${gaps.length} gaps in its tasks` })).toBeInTheDocument();
    expect(within(await objectiveGroup('Observations about no particular objective')).getByText('De koffie was op')).toBeInTheDocument();
  });

  it('links an observation to the timeline entries it is about', async () => {
    const { user } = openDebrief('facilitator', withObservations());
    const group = await objectiveGroup(tvb?.text ?? '');
    const observation = within(group).getByText('Niemand pakt de leiding op het bedrijventerrein').closest('li') as HTMLElement;
    const links = within(observation).getAllByRole('link', { name: /Timeline entry/ });
    expect(links.map((link) => link.getAttribute('href'))).toEqual(['#entry-7', '#entry-9']);
    await user.click(links[0] as HTMLElement);
    expect((await section('Timeline')).querySelector('#entry-7')).toHaveFocus();
  });

  it('shows the suggestions beside the facilitator’s rating, and the saved rating beside the observations', async () => {
    const { user } = openDebrief('facilitator', { ...withObservations(), [`PUT ${base}/notes`]: (body) => ({ status: 200, body }) });
    const notes = await section('Objectives, strengths and improvement plan');
    const row = within(notes).getByLabelText(`Rating for “${tvb?.text}”`).closest('li') as HTMLElement;
    expect(within(row).getByText('Evaluators suggested: S ×2, M ×1')).toBeInTheDocument();
    expect(within(await objectiveGroup(tvb?.text ?? '')).getByText('Not rated by the facilitator yet')).toBeInTheDocument();
    await user.selectOptions(within(notes).getByLabelText(`Rating for “${tvb?.text}”`), 'S');
    await user.click(within(notes).getByRole('button', { name: 'Save notes' }));
    expect(await within(notes).findByText('Saved.')).toBeInTheDocument();
    expect(within(await objectiveGroup(tvb?.text ?? '')).getByText('Rated S by the facilitator')).toBeInTheDocument();
  });
});
