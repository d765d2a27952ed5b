import { t } from '../../../i18n';
import { coachingErrorText, isCoachingError } from '../../../model/errors';
import type { Locale } from '../../../model/types';

/** A readable message for a refused edit (the core throws `CoachingError` with a message key). */
export function errorText(locale: Locale, error: unknown): string {
  if (isCoachingError(error)) return coachingErrorText(error, locale);
  const detail = error instanceof Error ? ` ${error.message}` : '';
  return `${t(locale, 'dashboard.saveFailed')}${detail}`;
}
