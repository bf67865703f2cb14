import { useT } from '../i18n/useT.ts';

/** Shown while a screen's code or data is on its way. */
export function Loading() {
  const { t } = useT();
  return (
    <p className="loading" role="status">
      {t('common.loading')}
    </p>
  );
}
