import { html, nothing, type TemplateResult } from 'lit';
import {
  authorOf,
  authorshipIndex,
  authorshipLabels,
  samePerson,
  type Answerable,
  type AuthorshipIndex,
  type CoachingRecord,
  type StoredRecord,
  type Store,
} from '@coaching-notes/shared';
import '@coaching-notes/shared/ui/record-responses';
import { changeContext, type DashboardContext } from '../context';

/**
 * Who is who for a view: every person (their replicas and aliases), every track and the given
 * sessions (their coaches author the records written before authorship).
 */
export async function loadAuthorship(
  store: Pick<Store, 'list'>,
  sessions: Iterable<StoredRecord> = [],
): Promise<AuthorshipIndex> {
  const [people, tracks] = await Promise.all([
    store.list({ type: 'person' }),
    store.list({ type: 'track' }),
  ]);
  return authorshipIndex([...people, ...tracks, ...sessions]);
}

/**
 * "by Marieke" / "edited by Daan" under a record written or last changed by someone else than
 * the person using the dashboard (every known author while they have not said who they are).
 */
export function renderByline(
  ctx: DashboardContext,
  record: CoachingRecord,
  index: AuthorshipIndex,
): TemplateResult | typeof nothing {
  const labels = authorshipLabels(record, index, ctx.locale);
  const mine = samePerson(authorOf(record, index), ctx.person, index);
  const by = mine ? undefined : labels.by;
  if (!by && !labels.editedBy) return nothing;
  return html`<span class="byline muted"
    >${[by, labels.editedBy].filter(Boolean).join(' · ')}</span
  >`;
}

/** The answers under a shared note, action or session, and the buttons to give one. */
export function renderResponses(
  ctx: DashboardContext,
  subject: Answerable,
  index: AuthorshipIndex,
): TemplateResult {
  return html`<cn-record-responses
    .store=${ctx.store}
    .locale=${ctx.locale}
    .changeContext=${() => changeContext(ctx)}
    .subject=${subject}
    .authorship=${index}
    .person=${ctx.person}
  ></cn-record-responses>`;
}
