import { format } from '../i18n/define';
import { coreMessages, type CoreMessageKey } from '../i18n/messages/core';
import type { Locale } from './types';

export type ErrorParams = Record<string, string | number>;

/**
 * A rule or a validation refused an input. `key` and `params` let a shell show the reason in
 * the user's language; `message` is the English text, for logs and tests.
 *
 * `labels` are params whose value is itself a message key (a field name, a status), so the
 * shell translates them too: see `coachingErrorText`.
 */
export class CoachingError extends Error {
  readonly key: CoreMessageKey;
  readonly params: ErrorParams;
  readonly labels: Partial<Record<string, CoreMessageKey>>;

  constructor(
    key: CoreMessageKey,
    params: ErrorParams = {},
    labels: Partial<Record<string, CoreMessageKey>> = {},
  ) {
    super(renderError('en', key, params, labels));
    this.name = 'CoachingError';
    this.key = key;
    this.params = params;
    this.labels = labels;
  }
}

/** The error's text in `locale`, with field names and statuses translated as well. */
export function coachingErrorText(error: CoachingError, locale: Locale): string {
  return renderError(locale, error.key, error.params, error.labels);
}

export function isCoachingError(value: unknown): value is CoachingError {
  return value instanceof CoachingError;
}

function renderError(
  locale: Locale,
  key: CoreMessageKey,
  params: ErrorParams,
  labels: Partial<Record<string, CoreMessageKey>>,
): string {
  const catalog = coreMessages[locale];
  const all: ErrorParams = { ...params };
  for (const [name, labelKey] of Object.entries(labels)) {
    if (labelKey) all[name] = catalog[labelKey];
  }
  return format(catalog[key], all, locale);
}
