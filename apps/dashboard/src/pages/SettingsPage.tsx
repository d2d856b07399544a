import { useLanguage } from '../i18n/LanguageProvider';
import { useMessages } from '../i18n/messages';
import { useSession } from '../modules/auth/SessionGate';
import { DemoNotice } from '../modules/settings/components/DemoNotice';
import { useSettingsSection } from '../modules/settings/hooks/useSettingsSection';
import { SETTINGS_SECTIONS } from '../modules/settings/settings-sections';
import '../modules/settings/settings.css';
import { settingsMessages } from '../modules/settings/settings.messages';
import { Notice, PageHeader, Tabs } from '../modules/ui';

export function SettingsPage() {
  const t = useMessages(settingsMessages);
  const { language } = useLanguage();
  const { isAdmin } = useSession();
  const [section, setSection] = useSettingsSection();
  return (
    <div className="page-stack">
      <PageHeader title={t('title')} description={t('lead')} />
      {!isAdmin && <Notice tone="info">{t('readOnly')}</Notice>}
      <DemoNotice />
      <Tabs
        label={t('sections')}
        selected={section}
        onSelect={setSection}
        tabs={SETTINGS_SECTIONS.map(({ id, label, Content }) => ({
          id,
          label: label[language],
          content: <Content />,
        }))}
      />
    </div>
  );
}
