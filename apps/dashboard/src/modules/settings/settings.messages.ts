import { defineMessages } from '../../i18n/messages';

export const settingsMessages = defineMessages({
  en: {
    title: 'Settings',
    lead: 'Topics, sources and their health, moderation and access.',
    sections: 'Settings sections',
    'section.access': 'Access',
    'section.moderation': 'Moderation',
    'demo.title': 'This is the demo workspace',
    'demo.text':
      'A fictional company, its competitors and feeds served by Lyt itself, so that every page has something to show. Remove it when you set up your own topics and sources.',
    'demo.remove': 'Remove the demo',
    'demo.confirm.title': 'Remove the demo for good?',
    'demo.confirm.text':
      'Its topics, sources, collected posts and mentions are deleted, and it does not come back on the next start. Your own topics and sources stay.',
    'demo.removed': ({
      topics,
      sources,
      mentions,
    }: {
      topics: string;
      sources: string;
      mentions: string;
    }) =>
      `The demo is removed: ${topics} topics, ${sources} sources and ${mentions} mentions.`,
    moderation: 'Hidden mentions',
    'moderation.lead':
      'Mentions an admin took off every list, chart, export and screen. Show one again if it was hidden by mistake.',
    'moderation.viewer':
      'Only an admin sees and changes which mentions are hidden.',
    'moderation.empty': 'No hidden mentions',
    'moderation.empty.text':
      'Hide a mention from the overview or explore (“Hide”); it is listed here, ready to be shown again.',
    'moderation.unhide': 'Show again',
    'moderation.deletedOnPlatform': 'Deleted on its platform: it stays hidden.',
    'moderation.unhideLabel': ({ author }: { author: string }) =>
      `Show again: the mention by ${author}`,
    'moderation.unhidden': 'The mention is shown again everywhere.',
    'moderation.more': 'Show more',
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
    viewerLink: 'Info-screen link',
    'viewerLink.open': 'Make a screen link',
    'viewerLink.lead':
      'Screens in the office and read-only dashboards open with a viewer link.',
    'viewerLink.where':
      'Lyt keeps only a fingerprint of each token, so a link can be shown only when it is made: the one printed when Lyt first started, or a new one made under Info-screen. A new one stops the old link at once and disconnects the screens that used it.',
  },
  da: {
    title: 'Indstillinger',
    lead: 'Emner, kilder og deres tilstand, moderering og adgang.',
    sections: 'Afsnit i indstillingerne',
    'section.access': 'Adgang',
    'section.moderation': 'Moderering',
    'demo.title': 'Dette er demo-arbejdsområdet',
    'demo.text':
      'En opdigtet virksomhed, dens konkurrenter og feeds, som Lyt selv serverer, så alle sider har noget at vise. Fjern det, når I opretter jeres egne emner og kilder.',
    'demo.remove': 'Fjern demoen',
    'demo.confirm.title': 'Fjern demoen for altid?',
    'demo.confirm.text':
      'Dens emner, kilder, hentede opslag og omtaler slettes, og den kommer ikke igen ved næste start. Jeres egne emner og kilder bliver.',
    'demo.removed': ({
      topics,
      sources,
      mentions,
    }: {
      topics: string;
      sources: string;
      mentions: string;
    }) =>
      `Demoen er fjernet: ${topics} emner, ${sources} kilder og ${mentions} omtaler.`,
    moderation: 'Skjulte omtaler',
    'moderation.lead':
      'Omtaler, en administrator har fjernet fra alle lister, grafer, eksporter og skærme. Vis en igen, hvis den blev skjult ved en fejl.',
    'moderation.viewer':
      'Kun en administrator ser og ændrer, hvilke omtaler der er skjult.',
    'moderation.empty': 'Ingen skjulte omtaler',
    'moderation.empty.text':
      'Skjul en omtale fra overblikket eller udforsk („Skjul“); den står så her, klar til at blive vist igen.',
    'moderation.unhide': 'Vis igen',
    'moderation.deletedOnPlatform':
      'Slettet på platformen: den forbliver skjult.',
    'moderation.unhideLabel': ({ author }: { author: string }) =>
      `Vis igen: omtalen fra ${author}`,
    'moderation.unhidden': 'Omtalen vises igen overalt.',
    'moderation.more': 'Vis flere',
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
    viewerLink: 'Link til infoskærm',
    'viewerLink.open': 'Lav et skærmlink',
    'viewerLink.lead':
      'Skærme på kontoret og skrivebeskyttede dashboards åbnes med et læserlink.',
    'viewerLink.where':
      'Lyt gemmer kun et fingeraftryk af hver nøgle, så et link kan kun vises, når det laves: det, der blev skrevet ud, da Lyt startede første gang, eller et nyt, der laves under Infoskærm. Et nyt stopper det gamle link med det samme og kobler de skærme fra, der brugte det.',
  },
});
