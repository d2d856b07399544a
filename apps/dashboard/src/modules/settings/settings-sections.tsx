import type { ComponentType } from 'react';
import type { Language } from '../../i18n/language';
import type { MessageDict, Messages } from '../../i18n/messages';
import { AlertsSection } from '../alerts/components/AlertsSection';
import { alertsMessages } from '../alerts/alerts.messages';
import { ScreenSection } from '../screen/components/ScreenSection';
import { screenMessages } from '../screen/screen.messages';
import { SourcesSection } from '../sources/components/SourcesSection';
import { sourcesMessages } from '../sources/sources.messages';
import { TopicsSection } from '../topics/components/TopicsSection';
import { topicsMessages } from '../topics/topics.messages';
import { AccessSection } from './components/AccessSection';
import { ModerationSection } from './components/ModerationSection';
import { settingsMessages } from './settings.messages';

/** One tab of /settings: its place in the URL (`?section=<id>`), its name and what it shows. */
export interface SettingsSection {
  id: string;
  label: Record<Language, string>;
  /** Renders the section; it reads the session itself and shows a viewer no write controls. */
  Content: ComponentType;
}

/** A section's tab name, from its own module's messages. */
export function sectionLabel<M extends MessageDict>(
  messages: Messages<M>,
  key: keyof M & string,
): Record<Language, string> {
  const name = (language: Language) => {
    const message = (messages[language] as MessageDict)[key];
    return typeof message === 'string' ? message : key;
  };
  return { en: name('en'), da: name('da') };
}

/** The sections in the order of their tabs; the first is where /settings opens. Add a section with one entry. */
export const SETTINGS_SECTIONS: SettingsSection[] = [
  {
    id: 'topics',
    label: sectionLabel(topicsMessages, 'section'),
    Content: TopicsSection,
  },
  {
    id: 'sources',
    label: sectionLabel(sourcesMessages, 'section'),
    Content: SourcesSection,
  },
  {
    id: 'moderation',
    label: sectionLabel(settingsMessages, 'section.moderation'),
    Content: ModerationSection,
  },
  {
    id: 'alerts',
    label: sectionLabel(alertsMessages, 'section'),
    Content: AlertsSection,
  },
  {
    id: 'screen',
    label: sectionLabel(screenMessages, 'section'),
    Content: ScreenSection,
  },
  {
    id: 'access',
    label: sectionLabel(settingsMessages, 'section.access'),
    Content: AccessSection,
  },
];
