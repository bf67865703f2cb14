import { screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { entryMessages } from '../../../src/client/i18n/entryMessages.ts';
import { screenMessages } from '../../../src/client/i18n/screenMessages.ts';
import { combineCatalogues } from '../../../src/shared/i18n/catalogue.ts';
import { chooseLanguage, translateIn } from '../../../src/client/i18n/translate.ts';
import { ROUTES } from '../../../src/client/paths.ts';
import StartPage from '../../../src/client/screens/start/StartPage.tsx';
import { translationMismatches } from '../../shared/i18n/translationMismatches.ts';
import { fakeFetch, renderRoute } from '../support/renderRoute.tsx';

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('the interface languages', () => {
  it('have a Dutch text with the same parameters for every English one, and no key in both the entry’s and the other screens’ messages', () => {
    expect(translationMismatches(combineCatalogues(entryMessages, screenMessages))).toEqual([]);
  });

  it('fill in parameters', () => {
    expect(translateIn('nl')('join.step', { step: 2 })).toBe('Stap 2 van 3');
    expect(translateIn('en')('actions.accepted', { time: 'T+0:10:00' })).toBe('Recorded at T+0:10:00.');
  });

  it('say one thing and several things the way each language does', () => {
    expect([1, 3].map((count) => translateIn('en')('connection.queued', { count }))).toEqual(['1 action waiting to be sent', '3 actions waiting to be sent']);
    expect([1, 3].map((count) => translateIn('nl')('connection.queued', { count }))).toEqual(['1 actie wacht op verzending', '3 acties wachten op verzending']);
  });

  it('speak of levels, cooperation and gaps in the words the report uses', () => {
    expect(translateIn('nl')('cooperation.coordinating')).toBe('coördineren');
    expect(translateIn('en')('gap.contested-lead.title')).toBe('Contested lead');
  });

  it('follow the person’s choice, then the browser, then the scenario, then English', () => {
    expect(chooseLanguage({ chosen: 'nl', browser: 'en-GB', scenario: 'en' })).toBe('nl');
    expect(chooseLanguage({ browser: 'nl-BE', scenario: 'en' })).toBe('nl');
    expect(chooseLanguage({ browser: 'de-DE', scenario: 'nl' })).toBe('nl');
    expect(chooseLanguage({ browser: 'fr-FR' })).toBe('en');
  });

  it('switch every string on screen and remember the choice on this device', async () => {
    vi.stubGlobal('fetch', fakeFetch({ 'GET /api/scenarios': () => ({ status: 200, body: { scenarios: [] } }) }).fetch);
    const { user, unmount } = renderRoute(ROUTES.start, StartPage, '/');
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Start or join an exercise');
    await user.selectOptions(screen.getByLabelText('Language'), 'Nederlands');
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Start of neem deel aan een oefening');
    expect(screen.getByLabelText('Deelnamecode')).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('nl');
    unmount();
    renderRoute(ROUTES.start, StartPage, '/');
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Start of neem deel aan een oefening');
  });
});
