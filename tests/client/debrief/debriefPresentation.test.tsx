import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { render } from '@testing-library/react';
import { LanguageProvider } from '../../../src/client/i18n/LanguageProvider.tsx';
import { DebriefView } from '../../../src/client/screens/debrief/DebriefView.tsx';
import { playedReport } from './playedReport.ts';

const played = playedReport();

function renderDebrief() {
  const user = userEvent.setup();
  render(
    <LanguageProvider>
      <DebriefView report={played.report} scenario={played.scenario}>
        <p>Notes and exports</p>
      </DebriefView>
    </LanguageProvider>,
  );
  return user;
}

/** The headings of the sections on screen now. */
function visibleSections(): string[] {
  return [...document.querySelectorAll('.debrief__slide:not([hidden]) h2')].map((heading) => heading.textContent ?? '');
}

describe('the debrief on a projector', () => {
  it('lists its sections on top, each a link to its heading', () => {
    renderDebrief();
    const index = screen.getByRole('navigation', { name: 'Sections of the debrief' });
    const links = within(index).getAllByRole('link');
    expect(links.map((link) => link.getAttribute('href'))).toEqual([
      '#debrief-gaps',
      '#debrief-observations',
      '#debrief-tvb-tasks',
      '#debrief-tvb-authorities',
      '#debrief-cooperation',
      '#debrief-levels',
      '#debrief-timeline',
    ]);
    for (const link of links) expect(document.getElementById(link.getAttribute('href')!.slice(1))).toHaveTextContent(link.textContent!);
  });

  it('shows one section at a time when presented, goes on with the arrow keys, and back to the page with Escape', async () => {
    const user = renderDebrief();
    expect(visibleSections()).toHaveLength(7);
    await user.click(screen.getByRole('button', { name: 'Present on the projector' }));
    expect(visibleSections()).toEqual([`Gaps (${played.report.gaps.length})`]);
    expect(screen.getByText('Section 1 of 7')).toBeInTheDocument();
    expect(screen.queryByText('Notes and exports')).not.toBeInTheDocument();
    await user.keyboard('{ArrowRight}{ArrowRight}');
    expect(visibleSections()).toEqual(['Tasks × organisations: paper beside practice']);
    await user.keyboard('{ArrowLeft}');
    expect(visibleSections()).toEqual(['Objectives and observations']);
    await user.click(screen.getByRole('button', { name: 'Next' }));
    expect(screen.getByText('Section 3 of 7')).toBeInTheDocument();
    await user.keyboard('{Escape}');
    expect(visibleSections()).toHaveLength(7);
    expect(screen.getByText('Notes and exports')).toBeInTheDocument();
  });
});
