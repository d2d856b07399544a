export const en = {
  'nav.overview': 'Overview',
  'nav.explore': 'Explore',
  'nav.screen': 'Screen',
  'nav.settings': 'Settings',
  'language.label': 'Language',
  'role.admin': 'Admin',
  'role.viewer': 'Viewer',
  'token.title': 'Sign in to Lyt',
  'token.explain':
    'Paste the token Lyt printed when it first started, or open the link it printed.',
  'token.label': 'Access token',
  'token.submit': 'Open dashboard',
  'token.rejected': 'That token was not accepted.',
  'token.signOut': 'Sign out',
  'error.unreachable': 'Lyt cannot be reached right now.',
  'overview.title': 'Overview',
  'overview.lead':
    'What is being said about you, your competitors and your industry.',
  'overview.items': 'Items collected',
  'overview.mentions': 'Mentions',
  'overview.sources': 'Sources',
  'overview.topics': 'Topics',
  'overview.empty':
    'Nothing collected yet. An admin adds sources and topics under Settings.',
  'explore.title': 'Explore',
  'explore.lead':
    'Filter mentions by topic, hashtag and campaign tag, and follow them in live columns.',
  'screen.title': 'Info-screen',
  'screen.lead': 'The newest mentions, full-screen, for the office wall.',
  'settings.title': 'Settings',
  'settings.lead': 'Topics, sources and their health, and moderation.',
  'settings.access': 'Your access',
  'settings.database': 'Database',
  'settings.up': 'up',
  'settings.down': 'down',
  loading: 'Loading…',
} as const;

export type MessageKey = keyof typeof en;
