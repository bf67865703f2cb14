import './codeMirrorDom.ts';
import { screen, waitFor, within } from '@testing-library/react';
import { forEachDiagnostic } from '@codemirror/lint';
import { EditorView } from 'codemirror';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ROUTES } from '../../../src/client/paths.ts';
import AuthorPage from '../../../src/client/screens/author/AuthorPage.tsx';
import { STARTER_SCENARIO } from '../../../src/client/screens/author/starterScenario.ts';
import { fakeFetch, renderRoute } from '../support/renderRoute.tsx';

afterEach(() => {
  vi.unstubAllGlobals();
});

const bundledText = STARTER_SCENARIO.replace('id: my-exercise', 'id: harbour').replace('title: My exercise', 'title: Harbour drill');

function openStudio() {
  const server = fakeFetch({
    'GET /api/scenarios': () => ({ status: 200, body: { scenarios: [{ id: 'harbour', title: 'Harbour drill', language: 'en', summary: '', duration: 3600, agencyCount: 2 }] } }),
    'GET /api/scenarios/harbour': () => ({ status: 200, body: { id: 'harbour', file: 'harbour.yaml', text: bundledText } }),
  });
  vi.stubGlobal('fetch', server.fetch);
  return { ...renderRoute(ROUTES.author, AuthorPage, '/author'), server };
}

function editor(): EditorView {
  const dom = document.querySelector('.cm-editor');
  const view = dom instanceof HTMLElement ? EditorView.findFromDOM(dom) : null;
  if (view === null) throw new Error('no editor on the page');
  return view;
}

/** Types over the whole document, as an author's edit reaches the editor. */
function replaceText(view: EditorView, text: string): void {
  view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: text }, userEvent: 'input.type' });
}

function diagnosticLines(view: EditorView): number[] {
  const lines: number[] = [];
  forEachDiagnostic(view.state, (_, from) => lines.push(view.state.doc.lineAt(from).number));
  return lines;
}

describe('the scenario studio', () => {
  it('opens with a scenario in a code editor with line numbers, and says it loads', async () => {
    const { container } = openStudio();
    expect(await screen.findByText('The scenario loads (0 warnings).')).toBeInTheDocument();
    expect(editor().state.doc.toString()).toBe(STARTER_SCENARIO);
    expect(container.querySelector('.cm-lineNumbers')).not.toBeNull();
    expect(container.querySelector('.cm-content')).toHaveAttribute('aria-label', 'Scenario text (my-exercise.yaml)');
  });

  it('checks the text as the author types: the message shows at its line and in the list, and clears when fixed', async () => {
    openStudio();
    const view = editor();
    const broken = STARTER_SCENARIO.replace('duration: 1h', 'duration: 60');
    const line = broken.split('\n').findIndex((text) => text === 'duration: 60') + 1;
    replaceText(view, broken);
    const checks = (await screen.findByText('Checks')).closest('section') as HTMLElement;
    await waitFor(() => expect(checks).toHaveTextContent(`my-exercise.yaml:${line}:11`));
    expect(checks).toHaveTextContent('a bare number is not a duration');
    expect(checks).toHaveTextContent('1 error and 0 warnings: the scenario does not load yet.');
    await waitFor(() => expect(diagnosticLines(view)).toEqual([line]));

    replaceText(view, STARTER_SCENARIO);
    await waitFor(() => expect(checks).toHaveTextContent('The scenario loads (0 warnings).'));
    expect(within(checks).queryByRole('listitem')).toBeNull();
    await waitFor(() => expect(diagnosticLines(view)).toEqual([]));
  });

  it('opens a bundled scenario from the server into the editor', async () => {
    const { user } = openStudio();
    const open = (await screen.findByText('Open a scenario')).closest('section') as HTMLElement;
    await within(open).findByRole('option', { name: 'Harbour drill' });
    await user.click(within(open).getByRole('button', { name: 'Open' }));
    await waitFor(() => expect(editor().state.doc.toString()).toBe(bundledText));
    expect(document.querySelector('.cm-content')).toHaveAttribute('aria-label', 'Scenario text (harbour.yaml)');
  });

  it('opens a local file into the editor', async () => {
    const { user } = openStudio();
    await user.upload(screen.getByLabelText('Scenario file (YAML or JSON)'), new File([bundledText], 'eigen.yaml', { type: 'application/yaml' }));
    await waitFor(() => expect(editor().state.doc.toString()).toBe(bundledText));
  });

  it('downloads the edited text under its file name', async () => {
    const saved: { name: string; text: string }[] = [];
    vi.stubGlobal('URL', Object.assign(URL, { createObjectURL: () => 'blob:x', revokeObjectURL: () => undefined }));
    const blobs: Blob[] = [];
    const OriginalBlob = Blob;
    vi.stubGlobal('Blob', class extends OriginalBlob {
      constructor(parts: BlobPart[], options?: BlobPropertyBag) {
        super(parts, options);
        blobs.push(this);
      }
    });
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      saved.push({ name: this.download, text: '' });
    });
    const { user } = openStudio();
    replaceText(editor(), `${STARTER_SCENARIO}# edited\n`);
    await user.click(screen.getByRole('button', { name: 'Download the scenario file' }));
    expect(saved.map((file) => file.name)).toEqual(['my-exercise.yaml']);
    expect(await blobs.at(-1)?.text()).toBe(`${STARTER_SCENARIO}# edited\n`);
    click.mockRestore();
  });
});
