import type { MessageKey } from './en';

export const da: Record<MessageKey, string> = {
  'nav.overview': 'Overblik',
  'nav.explore': 'Udforsk',
  'nav.screen': 'Skærm',
  'nav.settings': 'Indstillinger',
  'language.label': 'Sprog',
  'role.admin': 'Administrator',
  'role.viewer': 'Læser',
  'token.title': 'Log ind i Lyt',
  'token.explain':
    'Indsæt den nøgle, Lyt skrev ud første gang den startede, eller åbn det link, den skrev.',
  'token.label': 'Adgangsnøgle',
  'token.submit': 'Åbn dashboard',
  'token.rejected': 'Den nøgle blev ikke godkendt.',
  'token.signOut': 'Log ud',
  'error.unreachable': 'Lyt kan ikke nås lige nu.',
  'overview.title': 'Overblik',
  'overview.lead':
    'Hvad der bliver sagt om jer, jeres konkurrenter og jeres branche.',
  'overview.items': 'Indsamlede opslag',
  'overview.mentions': 'Omtaler',
  'overview.sources': 'Kilder',
  'overview.topics': 'Emner',
  'overview.empty':
    'Intet indsamlet endnu. En administrator tilføjer kilder og emner under Indstillinger.',
  'explore.title': 'Udforsk',
  'explore.lead':
    'Filtrér omtaler efter emne, hashtag og kampagnetag, og følg dem i live-kolonner.',
  'screen.title': 'Infoskærm',
  'screen.lead': 'De nyeste omtaler i fuld skærm til kontorets væg.',
  'settings.title': 'Indstillinger',
  'settings.lead': 'Emner, kilder og deres tilstand samt moderering.',
  'settings.access': 'Din adgang',
  'settings.database': 'Database',
  'settings.up': 'kører',
  'settings.down': 'nede',
  loading: 'Indlæser…',
};
