import { bilingual } from '../../shared/i18n/catalogue.ts';

/** The organiser on the start page: logging in, and who may create exercises. */
export const organiserMessages = bilingual({
  en: {
    'organiser.heading': 'Organiser',
    'organiser.local': 'You are the organiser: you use the machine this server runs on. Your exercises and their runs are yours to compare.',
    'organiser.others': 'Let others in the room create exercises',
    'organiser.othersHint': 'Their exercises belong to you too; they get the console of their own exercise only.',
    'organiser.notLocal': 'Only the organiser at the machine that runs Samenspel can create exercises here. Join with a code instead.',
    'organiser.othersAllowed': 'The organiser lets you create exercises on this server.',
    'organiser.login.intro': 'Log in as an organiser to create exercises and compare their runs.',
    'organiser.login.name': 'Name',
    'organiser.login.password': 'Password',
    'organiser.login.submit': 'Log in',
    'organiser.login.wrong': 'This name and password do not match an organiser.',
    'organiser.loggedIn': 'Logged in as {name}.',
    'organiser.logout': 'Log out',
    'organiser.failed': 'That did not work: {message}',
  },
  nl: {
    'organiser.heading': 'Organisator',
    'organiser.local': 'U bent de organisator: u werkt op de computer waarop deze server draait. Uw oefeningen en hun rondes kunt u vergelijken.',
    'organiser.others': 'Anderen in de zaal oefeningen laten aanmaken',
    'organiser.othersHint': 'Hun oefeningen horen ook bij u; zij krijgen alleen het spelleiderspaneel van hun eigen oefening.',
    'organiser.notLocal': 'Alleen de organisator aan de computer waarop Samenspel draait kan hier oefeningen aanmaken. Neem deel met een code.',
    'organiser.othersAllowed': 'De organisator laat u oefeningen aanmaken op deze server.',
    'organiser.login.intro': 'Log in als organisator om oefeningen aan te maken en hun rondes te vergelijken.',
    'organiser.login.name': 'Naam',
    'organiser.login.password': 'Wachtwoord',
    'organiser.login.submit': 'Inloggen',
    'organiser.login.wrong': 'Deze naam en dit wachtwoord horen niet bij een organisator.',
    'organiser.loggedIn': 'Ingelogd als {name}.',
    'organiser.logout': 'Uitloggen',
    'organiser.failed': 'Dat lukte niet: {message}',
  },
});
