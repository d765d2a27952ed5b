import { html, nothing, type TemplateResult } from 'lit';
import {
  t,
  DEBRIEF_QUESTIONS,
  type Action,
  type Id,
  type Locale,
  type Observation,
  type Session,
  type Store,
  formatClock,
  formatDay,
} from '@coaching-notes/shared';

/** What one session shows when opened: its notes, debrief, feedback and actions. */
export interface SessionDetail {
  observations: Observation[];
  actions: Action[];
}

/** Notes, debrief and actions of one session, read-only (editing happens in the panel). */
export function renderSessionDetail(
  locale: Locale,
  session: Session,
  detail: SessionDetail | undefined,
  names: ReadonlyMap<Id, string>,
  highlight: ReadonlySet<Id> = new Set(),
): TemplateResult {
  if (!detail) return html`<p class="muted" role="status">${t(locale, 'dashboard.loading')}</p>`;
  const l = locale;
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
                </li>`,
            )}
          </ul>`
        : html`<p class="muted">${t(l, 'dashboard.history.noNotes')}</p>`
    }
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
                </li>`,
            )}
          </ul>`
        : html`<p class="muted">${t(l, 'dashboard.history.noActions')}</p>`
    }
  `;
}

/** Read a session's observations and actions (both indexed by session). */
export async function loadSessionDetail(
  store: Pick<Store, 'list'>,
  sessionId: Id,
): Promise<SessionDetail> {
  const [observations, actions] = await Promise.all([
    store.list({ type: 'observation', sessionId }),
    store.list({ type: 'action', sessionId }),
  ]);
  return { observations, actions };
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
