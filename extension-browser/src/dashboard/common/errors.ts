import { t, coachingErrorText, isCoachingError, type Locale } from '@coaching-notes/shared';

/** A readable message for a refused edit (the core throws `CoachingError` with a message key). */
export function errorText(locale: Locale, error: unknown): string {
  if (isCoachingError(error)) return coachingErrorText(error, locale);
  const detail = error instanceof Error ? ` ${error.message}` : '';
  return `${t(locale, 'dashboard.saveFailed')}${detail}`;
}
