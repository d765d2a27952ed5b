import { html, nothing, type TemplateResult } from 'lit';
import {
  DEBRIEF_QUESTIONS,
  isAnswerable,
  type Action,
  type AuthorshipIndex,
  type Id,
  type Locale,
  type Observation,
  type Session,
  type Store,
  formatClock,
  formatDay,
} from '@coaching-notes/shared';
import { t } from '../../i18n';
import { loadAuthorship, renderByline, renderResponses } from '../common/authorship';
import type { DashboardContext } from '../context';

/** What one session shows when opened: its notes, debrief, feedback and actions. */
export interface SessionDetail {
  observations: Observation[];
  actions: Action[];
  /** Who wrote what in this session. */
  authorship: AuthorshipIndex;
}

/**
 * Notes, debrief and actions of one session, read-only (editing happens in the panel), each with
 * who wrote or edited it when that is someone else, and their answers: on shared notes, actions
 * and the session, everyone may reply, and others mark them read or agree.
 */
export function renderSessionDetail(
  ctx: DashboardContext,
  session: Session,
  detail: SessionDetail | undefined,
  names: ReadonlyMap<Id, string>,
  highlight: ReadonlySet<Id> = new Set(),
): TemplateResult {
  const l = ctx.locale;
  if (!detail) return html`<p class="muted" role="status">${t(l, 'dashboard.loading')}</p>`;
  const index = detail.authorship;
  const debrief = DEBRIEF_QUESTIONS.filter((q) => session.after.debrief[q.id]?.trim());
  return html`
    <h4>${t(l, 'dashboard.history.notes')}</h4>
    ${
      detail.observations.length
        ? html`<ul class="plain">
            ${detail.observations.map(
              (o) =>
                html`<li class=${highlight.has(o.id) ? 'hit' : ''}>
                  <span class="badge ${o.kind}">${t(l, `dashboard.obsKind.${o.kind}`)}</span>
                  <span class="muted">${formatClock(o.at, l)}</span> ${o.text}
                  ${o.visibility === 'private' ? html`<span class="muted">(${t(l, 'dashboard.private')})</span>` : nothing}
                  ${renderByline(ctx, o, index)}
                  ${isAnswerable(o) ? renderResponses(ctx, o, index) : nothing}
                </li>`,
            )}
          </ul>`
        : html`<p class="muted">${t(l, 'dashboard.history.noNotes')}</p>`
    }
    <p>${renderByline(ctx, session, index)}</p>
    ${renderResponses(ctx, session, index)}
    <h4>${t(l, 'dashboard.history.debrief')}</h4>
    ${
      debrief.length
        ? html`<dl>
            ${debrief.map(
              (q) =>
                html`<dt>${q.text[l]}</dt>
                  <dd>${session.after.debrief[q.id]}</dd>`,
            )}
          </dl>`
        : html`<p class="muted">${t(l, 'dashboard.history.noDebrief')}</p>`
    }
    ${
      session.after.feedback.note
        ? html`<h4>${t(l, 'dashboard.history.feedback')}</h4>
            <p>${session.after.feedback.note}</p>`
        : nothing
    }
    <h4>${t(l, 'dashboard.history.actions')}</h4>
    ${
      detail.actions.length
        ? html`<ul>
            ${detail.actions.map(
              (a) =>
                html`<li class=${highlight.has(a.id) ? 'hit' : ''}>
                  ${a.text}
                  <span class="badge">${t(l, `dashboard.actionStatus.${a.status}`)}</span>
                  ${a.ownerId ? html`<span class="muted">${names.get(a.ownerId) ?? ''}</span>` : nothing}
                  ${a.due ? html`<span class="muted">${t(l, 'dashboard.actions.dueOn', { date: formatDay(a.due, l) })}</span>` : nothing}
                  ${renderByline(ctx, a, index)} ${renderResponses(ctx, a, index)}
                </li>`,
            )}
          </ul>`
        : html`<p class="muted">${t(l, 'dashboard.history.noActions')}</p>`
    }
  `;
}

/** Read a session's observations and actions (both indexed by session). */
export async function loadSessionDetail(
  store: Pick<Store, 'list' | 'get'>,
  sessionId: Id,
): Promise<SessionDetail> {
  const [observations, actions, session] = await Promise.all([
    store.list({ type: 'observation', sessionId }),
    store.list({ type: 'action', sessionId }),
    store.get('session', sessionId),
  ]);
  const authorship = await loadAuthorship(store, session ? [session] : []);
  return { observations, actions, authorship };
}

/** The session's one-line summary: date, title, people. */
export function sessionSummary(
  locale: Locale,
  session: Session,
  names: ReadonlyMap<Id, string>,
): string {
  const people = session.coacheeIds
    .map((id) => names.get(id) ?? '')
    .filter(Boolean)
    .join(', ');
  return [formatDay(session.date, locale), session.title, people].filter(Boolean).join(' · ');
}
