import {
  authorOf,
  canEdit,
  type AuthorshipIndex,
  type CoachingRecord,
  type Id,
} from '@coaching-notes/shared';

/**
 * Whether this installation may change `record`. Before I say who I am, only records that
 * belong to no one in particular are mine to change: a note from the shared file is not.
 */
export function mayEdit(
  me: Id | undefined,
  record: CoachingRecord,
  index: AuthorshipIndex,
): boolean {
  return me === undefined ? authorOf(record, index) === undefined : canEdit(me, record, index);
}
