import { useLanguage } from '../i18n/language';
import { PageHeader } from '../modules/layout/components/PageHeader';

export function ExplorePage() {
  const { t } = useLanguage();
  return <PageHeader title={t('explore.title')} lead={t('explore.lead')} />;
}
