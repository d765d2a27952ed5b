import type { CoreMessageKey } from '../i18n/messages/core';
import { isDateOnly } from './dates';
import { CoachingError } from './errors';
import { textLength } from './limits';
import type { DateOnly } from './types';

/** Field names a validation error can point at (each has a `core.field.*` label). */
export type FieldName =
  | 'displayName'
  | 'role'
  | 'rating'
  | 'title'
  | 'statement'
  | 'successCriterion'
  | 'text'
  | 'answer'
  | 'note'
  | 'date'
  | 'due'
  | 'startDate'
  | 'endDate'
  | 'followUpDates'
  | 'plannedConversations'
  | 'everyDays'
  | 'coacheeIds'
  | 'kind'
  | 'status'
  | 'visibility'
  | 'order'
  | 'at';

const fieldLabel = (field: FieldName): CoreMessageKey => `core.field.${field}`;

/** Trimmed, non-empty, at most `max` characters. */
export function requiredText(value: unknown, field: FieldName, max: number): string {
  const text = typeof value === 'string' ? value.trim() : '';
  if (text === '') throw new CoachingError('core.error.required', {}, { field: fieldLabel(field) });
  return checkLength(text, field, max);
}

/** Trimmed text, `undefined` when empty; at most `max` characters. */
export function optionalText(value: unknown, field: FieldName, max: number): string | undefined {
  if (value === undefined || value === null) return undefined;
  const text = typeof value === 'string' ? value.trim() : '';
  return text === '' ? undefined : checkLength(text, field, max);
}

/** Trimmed text that may be empty (answers not given yet); at most `max` characters. */
export function freeText(value: unknown, field: FieldName, max: number): string {
  return optionalText(value, field, max) ?? '';
}

function checkLength(text: string, field: FieldName, max: number): string {
  const length = textLength(text);
  if (length > max) {
    throw new CoachingError('core.error.tooLong', { length, max }, { field: fieldLabel(field) });
  }
  return text;
}

export function requiredDate(value: unknown, field: FieldName): DateOnly {
  if (typeof value === 'string' && isDateOnly(value)) return value;
  throw new CoachingError(
    'core.error.invalidDate',
    { value: String(value) },
    { field: fieldLabel(field) },
  );
}

export function optionalDate(value: unknown, field: FieldName): DateOnly | undefined {
  return value === undefined || value === '' ? undefined : requiredDate(value, field);
}

export function wholeNumber(value: unknown, field: FieldName, min: number, max: number): number {
  if (typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max) {
    return value;
  }
  throw new CoachingError('core.error.invalidNumber', { min, max }, { field: fieldLabel(field) });
}

export function oneOf<T extends string>(
  value: unknown,
  allowed: readonly T[],
  field: FieldName,
): T {
  if (typeof value === 'string' && (allowed as readonly string[]).includes(value))
    return value as T;
  throw new CoachingError(
    'core.error.invalidChoice',
    { value: String(value) },
    { field: fieldLabel(field) },
  );
}

/** A valid instant; returned as an ISO timestamp. */
export function validInstant(value: Date, field: FieldName): string {
  if (Number.isNaN(value.getTime())) {
    throw new CoachingError(
      'core.error.invalidTime',
      { value: String(value) },
      { field: fieldLabel(field) },
    );
  }
  return value.toISOString();
}

/** Ids without duplicates, in their first order. */
export function uniqueIds(ids: readonly string[]): string[] {
  return [...new Set(ids)];
}
