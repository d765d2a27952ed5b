import { LitElement, html, type TemplateResult } from 'lit';
import {
  t,
  createGoal,
  editRecord,
  createTrack,
  TRACK_TRANSITIONS,
  CADENCE_KINDS,
  GOAL_STATUSES,
  TRACK_KINDS,
  type Cadence,
  type CadenceKind,
  type Goal,
  type Id,
  type Track,
  type TrackKind,
  type TrackStatus,
} from '@coaching-notes/shared';
import { controlStyles, themeTokens } from '@coaching-notes/shared/ui';
import { errorText } from '../common/errors';
import { viewStyles } from '../common/view.styles';
import { changeContext, type DashboardContext } from '../context';

interface GoalDraft {
  goal?: Goal;
  statement: string;
  successCriterion: string;
  status: Goal['status'];
}

/**
 * Create or edit a track and its goals in one form.
 *
 * @event cn-saved - the track and goals were written (detail: the track)
 * @event cn-cancel - the user closed the form without saving
 */
export class CnDashTrackForm extends LitElement {
  static override styles = [themeTokens, controlStyles, viewStyles];
  static override properties = {
    ctx: { attribute: false },
    track: { attribute: false },
    goals: { attribute: false },
    coacheeId: { type: String },
    drafts: { state: true },
    error: { state: true },
  };
  declare ctx: DashboardContext;
  declare track: Track | undefined;
  declare goals: Goal[];
  declare coacheeId: Id;
  declare drafts: GoalDraft[];
  declare error: string;

  constructor() {
    super();
    this.track = undefined;
    this.goals = [];
    this.coacheeId = '';
    this.drafts = [];
    this.error = '';
  }

  override willUpdate(changed: Map<string, unknown>): void {
    if (changed.has('goals') || changed.has('track')) {
      this.drafts = this.goals.map((goal) => ({
        goal,
        statement: goal.statement,
        successCriterion: goal.successCriterion,
        status: goal.status,
      }));
      if (this.drafts.length === 0) this.drafts = [emptyDraft()];
    }
  }

  private field(name: string): string {
    const el = this.renderRoot.querySelector<HTMLInputElement | HTMLSelectElement>(
      `[name="${name}"]`,
    );
    return el?.value.trim() ?? '';
  }

  private async save(event: Event): Promise<void> {
    event.preventDefault();
    const locale = this.ctx.locale;
    const title = this.field('title');
    if (!title) {
      this.error = t(locale, 'dashboard.track.titleRequired');
      return;
    }
    const planned = this.field('planned');
    const cadenceKind = this.field('cadence') as CadenceKind | '';
    const everyDays = Number(this.field('everyDays'));
    const cadence: Cadence | undefined =
      cadenceKind === ''
        ? undefined
        : cadenceKind === 'custom'
          ? { kind: 'custom', everyDays }
          : { kind: cadenceKind };
    const followUpDates = [this.field('followUp1'), this.field('followUp2')].filter(Boolean).sort();
    const fields = {
      title,
      kind: this.field('kind') as TrackKind,
      status: this.field('status') as TrackStatus,
      plannedConversations: planned ? Number(planned) : undefined,
      startDate: this.field('startDate') || undefined,
      endDate: this.field('endDate') || undefined,
      followUpDates,
      cadence,
    };
    try {
      const ctx = changeContext(this.ctx);
      const track = this.track
        ? editRecord(this.track, fields, ctx)
        : createTrack({ ...fields, coacheeIds: [this.coacheeId], coachIds: [] }, ctx);
      const goals: Goal[] = [];
      this.drafts.forEach((draft, order) => {
        if (!draft.statement.trim()) return;
        const next = {
          statement: draft.statement,
          successCriterion: draft.successCriterion,
          status: draft.status,
          order,
        };
        if (draft.goal) {
          const unchanged =
            draft.goal.statement === next.statement &&
            draft.goal.successCriterion === next.successCriterion &&
            draft.goal.status === next.status &&
            draft.goal.order === order;
          if (!unchanged) goals.push(editRecord(draft.goal, next, ctx));
        } else {
          const goal = createGoal(
            {
              trackId: track.id,
              statement: next.statement,
              successCriterion: next.successCriterion,
              order,
            },
            ctx,
          );
          goals.push(
            next.status === 'open' ? goal : editRecord(goal, { status: next.status }, ctx),
          );
        }
      });
      await this.ctx.store.putMany([track, ...goals]);
      this.error = '';
      this.dispatchEvent(
        new CustomEvent('cn-saved', { detail: track, bubbles: true, composed: true }),
      );
    } catch (error) {
      this.error = errorText(locale, error);
    }
  }

  private statusOptions(): TrackStatus[] {
    if (!this.track) return ['intake', 'active'];
    return [this.track.status, ...TRACK_TRANSITIONS[this.track.status]];
  }

  private updateDraft(index: number, patch: Partial<GoalDraft>): void {
    this.drafts = this.drafts.map((d, i) => (i === index ? { ...d, ...patch } : d));
  }

  private renderGoal(draft: GoalDraft, index: number): TemplateResult {
    const l = this.ctx.locale;
    const n = index + 1;
    return html`<fieldset class="grid-form">
      <legend>${t(l, 'dashboard.goal.legend', { n })}</legend>
      <label
        >${t(l, 'dashboard.goal.statement')}
        <input
          name="goal-statement-${index}"
          .value=${draft.statement}
          @input=${(e: Event) => this.updateDraft(index, { statement: (e.target as HTMLInputElement).value })}
      /></label>
      <label
        >${t(l, 'dashboard.goal.criterion')}
        <input
          name="goal-criterion-${index}"
          .value=${draft.successCriterion}
          @input=${(e: Event) =>
            this.updateDraft(index, { successCriterion: (e.target as HTMLInputElement).value })}
      /></label>
      <label
        >${t(l, 'dashboard.goal.status')}
        <select
          name="goal-status-${index}"
          @change=${(e: Event) =>
            this.updateDraft(index, {
              status: (e.target as HTMLSelectElement).value as Goal['status'],
            })}
        >
          ${GOAL_STATUSES.map(
            (s) =>
              html`<option value=${s} ?selected=${s === draft.status}>
                ${t(l, `dashboard.goalStatus.${s}`)}
              </option>`,
          )}
        </select></label
      >
    </fieldset>`;
  }

  override render(): TemplateResult {
    const l = this.ctx.locale;
    const tr = this.track;
    const cadence = tr?.cadence;
    return html`<form class="card" @submit=${this.save} aria-labelledby="track-form-title">
      <h3 id="track-form-title">${t(l, tr ? 'dashboard.track.edit' : 'dashboard.track.new')}</h3>
      <div class="grid-form">
        <label
          >${t(l, 'dashboard.track.title')} <input name="title" .value=${tr?.title ?? ''} required
        /></label>
        <label
          >${t(l, 'dashboard.track.kind')}
          <select name="kind">
            ${TRACK_KINDS.map(
              (k) =>
                html`<option value=${k} ?selected=${k === tr?.kind}>
                  ${t(l, `dashboard.trackKind.${k}`)}
                </option>`,
            )}
          </select></label
        >
        <label
          >${t(l, 'dashboard.track.status')}
          <select name="status">
            ${this.statusOptions().map(
              (s) =>
                html`<option value=${s} ?selected=${s === tr?.status}>
                  ${t(l, `dashboard.trackStatus.${s}`)}
                </option>`,
            )}
          </select></label
        >
        <label
          >${t(l, 'dashboard.track.planned')}
          <input
            name="planned"
            type="number"
            min="1"
            max="100"
            .value=${String(tr?.plannedConversations ?? '')}
        /></label>
        <label
          >${t(l, 'dashboard.track.start')}
          <input name="startDate" type="date" .value=${tr?.startDate ?? ''}
        /></label>
        <label
          >${t(l, 'dashboard.track.end')}
          <input name="endDate" type="date" .value=${tr?.endDate ?? ''}
        /></label>
        <label
          >${t(l, 'dashboard.track.followUp', { n: 1 })}
          <input name="followUp1" type="date" .value=${tr?.followUpDates[0] ?? ''}
        /></label>
        <label
          >${t(l, 'dashboard.track.followUp', { n: 2 })}
          <input name="followUp2" type="date" .value=${tr?.followUpDates[1] ?? ''}
        /></label>
        <label
          >${t(l, 'dashboard.track.cadence')}
          <select name="cadence">
            <option value="" ?selected=${!cadence}>${t(l, 'dashboard.cadence.none')}</option>
            ${CADENCE_KINDS.map(
              (c) =>
                html`<option value=${c} ?selected=${c === cadence?.kind}>
                  ${t(l, `dashboard.cadence.${c}`)}
                </option>`,
            )}
          </select></label
        >
        <label
          >${t(l, 'dashboard.track.everyDays')}
          <input
            name="everyDays"
            type="number"
            min="1"
            max="365"
            .value=${String(cadence?.everyDays ?? '')}
        /></label>
      </div>
      <h4>${t(l, 'dashboard.goal.heading')}</h4>
      ${this.drafts.map((d, i) => this.renderGoal(d, i))}
      <p class="row">
        <button type="button" @click=${() => (this.drafts = [...this.drafts, emptyDraft()])}>
          ${t(l, 'dashboard.goal.add')}
        </button>
      </p>
      <p class="status" role="alert">${this.error}</p>
      <p class="row">
        <button type="submit" class="primary">${t(l, 'dashboard.save')}</button>
        <button
          type="button"
          @click=${() => this.dispatchEvent(new CustomEvent('cn-cancel', { bubbles: true, composed: true }))}
        >
          ${t(l, 'dashboard.cancel')}
        </button>
      </p>
    </form>`;
  }
}

function emptyDraft(): GoalDraft {
  return { statement: '', successCriterion: '', status: 'open' };
}
