import { t } from '../../i18n.svelte.js';

/** How long ago details were confirmed, in days, then months. */
export function confirmedAge(days) {
  if (days === null || days === undefined) return t('help-never-confirmed');
  if (days <= 0) return t('help-age-today');
  if (days < 60) return t('help-age-days', { days });
  return t('help-age-months', { months: Math.floor(days / 30.44) });
}
