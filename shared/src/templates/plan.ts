import { format } from '../i18n/define';
import { addDays, addMonths } from '../model/dates';
import { createTrack } from '../model/track';
import type {
  Cadence,
  ChangeContext,
  DateOnly,
  Id,
  Localized,
  Locale,
  SessionKind,
  Track,
} from '../model/types';
import { requiredDate } from '../model/validate';
import { requireSessionTemplate } from './registry';
import type { TrackTemplate } from '../model/template';

/** One session of a track plan, ready to become a Session with `createSession`. */
export interface PlannedSession {
  stepId: string;
  /** Number within a repeated step (1-based); absent for single steps. */
  n?: number;
  title: Localized;
  date: DateOnly;
  sessionTemplateId: string;
  sessionKind: SessionKind;
  optional: boolean;
  followUp: boolean;
}

export interface TrackPlan {
  templateId: string;
  startDate: DateOnly;
  /** End of the track proper (before follow-ups). */
  endDate: DateOnly;
  followUpDates: DateOnly[];
  plannedConversations?: number;
  cadence?: Cadence;
  /** Every planned session in date order, follow-ups included. */
  sessions: PlannedSession[];
}

/** Lay a track template out in time from `startDate`: session dates, titles and follow-ups. */
export function planTrack(template: TrackTemplate, startDate: DateOnly): TrackPlan {
  const start = requiredDate(startDate, 'startDate');
  const sessions: PlannedSession[] = [];
  for (const step of template.steps) {
    const sessionKind = requireSessionTemplate(step.sessionTemplateId).kind;
    const total = step.repeat ?? 1;
    for (let i = 0; i < total; i++) {
      const week = step.atWeek + i * (step.everyWeeks ?? 0);
      const params = { n: i + 1, total };
      const planned: PlannedSession = {
        stepId: step.id,
        title: { en: format(step.title.en, params, 'en'), nl: format(step.title.nl, params, 'nl') },
        date: addDays(start, week * 7),
        sessionTemplateId: step.sessionTemplateId,
        sessionKind,
        optional: step.optional ?? false,
        followUp: step.followUp ?? false,
      };
      if (step.repeat !== undefined) planned.n = i + 1;
      sessions.push(planned);
    }
  }
  sessions.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const proper = sessions.filter((s) => !s.followUp);
  const lastProper = proper[proper.length - 1]?.date ?? start;
  const plan: TrackPlan = {
    templateId: template.id,
    startDate: start,
    endDate: template.durationMonths ? addMonths(start, template.durationMonths) : lastProper,
    followUpDates: sessions.filter((s) => s.followUp).map((s) => s.date),
    sessions,
  };
  if (template.plannedConversations !== undefined) {
    plan.plannedConversations = template.plannedConversations;
  }
  if (template.cadence) plan.cadence = { ...template.cadence };
  return plan;
}

export interface NewTrackFromTemplate {
  coacheeIds: Id[];
  coachIds: Id[];
  startDate: DateOnly;
  /** Defaults to the template's title in `locale` (English when not given). */
  title?: string;
  locale?: Locale;
}

/** A track that follows `template`: kind, planned conversations, end date, follow-ups, cadence. */
export function createTrackFromTemplate(
  template: TrackTemplate,
  input: NewTrackFromTemplate,
  ctx: ChangeContext,
): Track {
  const plan = planTrack(template, input.startDate);
  return createTrack(
    {
      kind: template.kind,
      title: input.title ?? template.title[input.locale ?? 'en'],
      coacheeIds: input.coacheeIds,
      coachIds: input.coachIds,
      templateId: template.id,
      startDate: plan.startDate,
      endDate: plan.endDate,
      followUpDates: plan.followUpDates,
      ...(plan.plannedConversations !== undefined && {
        plannedConversations: plan.plannedConversations,
      }),
      ...(plan.cadence && { cadence: plan.cadence }),
    },
    ctx,
  );
}
