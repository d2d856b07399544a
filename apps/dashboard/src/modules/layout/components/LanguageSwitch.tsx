import { LANGUAGES } from '../../../i18n/language';
import { useLanguage } from '../../../i18n/LanguageProvider';
import { useMessages } from '../../../i18n/messages';
import { SegmentedControl } from '../../ui';
import { layoutMessages } from '../layout.messages';

export function LanguageSwitch() {
  const t = useMessages(layoutMessages);
  const { language, setLanguage } = useLanguage();
  return (
    <SegmentedControl
      label={t('language')}
      size="sm"
      value={language}
      onChange={setLanguage}
      options={LANGUAGES.map((code) => ({
        value: code,
        label: code.toUpperCase(),
        title: t(`language.${code}`),
      }))}
    />
  );
}
