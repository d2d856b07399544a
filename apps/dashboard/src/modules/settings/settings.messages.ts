import { defineMessages } from '../../i18n/messages';

export const settingsMessages = defineMessages({
  en: {
    title: 'Settings',
    lead: 'Topics, sources and their health, moderation and access.',
    sections: 'Settings sections',
    'section.access': 'Access',
    access: 'Your access',
    'access.lead': 'What this browser is signed in with.',
    role: 'Role',
    'role.admin': 'Admin',
    'role.admin.what': 'Changes topics, sources and moderation.',
    'role.viewer': 'Viewer',
    'role.viewer.what':
      'Reads, follows the live stream and runs the info-screen.',
    readOnly:
      'You can look at the settings, but only an admin can change them.',
    system: 'System',
    'system.lead': 'The state of Lyt itself, checked every 15 seconds.',
    database: 'Database',
    'database.up': 'Up',
    'database.down': 'Down',
    live: 'Live stream',
    checked: 'Checked',
  },
  da: {
    title: 'Indstillinger',
    lead: 'Emner, kilder og deres tilstand, moderering og adgang.',
    sections: 'Afsnit i indstillingerne',
    'section.access': 'Adgang',
    access: 'Din adgang',
    'access.lead': 'Det, denne browser er logget ind med.',
    role: 'Rolle',
    'role.admin': 'Administrator',
    'role.admin.what': 'Ændrer emner, kilder og moderering.',
    'role.viewer': 'Læser',
    'role.viewer.what': 'Læser, følger live-strømmen og kører infoskærmen.',
    readOnly:
      'Du kan se indstillingerne, men kun en administrator kan ændre dem.',
    system: 'System',
    'system.lead': 'Tilstanden af Lyt selv, kontrolleret hvert 15. sekund.',
    database: 'Database',
    'database.up': 'Kører',
    'database.down': 'Nede',
    live: 'Live-strøm',
    checked: 'Kontrolleret',
  },
});
