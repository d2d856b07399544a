import { useLanguage } from '../i18n/language';
import { PageHeader } from '../modules/layout/components/PageHeader';

export function ScreenPage() {
  const { t } = useLanguage();
  return <PageHeader title={t('screen.title')} lead={t('screen.lead')} />;
}
