import { defineMessages } from '../../i18n/messages';

export const authMessages = defineMessages({
  en: {
    title: 'Sign in to Lyt',
    explain:
      'Paste the access token Lyt printed when it first started, or open the link it printed.',
    label: 'Access token',
    submit: 'Open dashboard',
    rejected: 'That token was not accepted.',
    rejectedHint:
      'It may have been mistyped or replaced. Ask the person who runs Lyt for a new link.',
    signedOut: 'You are signed out.',
    checking: 'Checking access…',
    unreachable: 'Lyt cannot be reached right now.',
    unreachableHint: 'It may be restarting. This page tries again by itself.',
    retry: 'Try again',
  },
  da: {
    title: 'Log ind i Lyt',
    explain:
      'Indsæt den adgangsnøgle, Lyt skrev ud første gang den startede, eller åbn det link, den skrev.',
    label: 'Adgangsnøgle',
    submit: 'Åbn dashboard',
    rejected: 'Den nøgle blev ikke godkendt.',
    rejectedHint:
      'Den er måske skrevet forkert eller udskiftet. Bed den, der driver Lyt, om et nyt link.',
    signedOut: 'Du er logget ud.',
    checking: 'Kontrollerer adgang…',
    unreachable: 'Lyt kan ikke nås lige nu.',
    unreachableHint: 'Den genstarter måske. Siden prøver selv igen.',
    retry: 'Prøv igen',
  },
});
