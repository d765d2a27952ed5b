import { describe, expect, it } from 'vitest';
import {
  DEBRIEF_QUESTION_IDS,
  TRACK_KINDS,
  createSession,
  validateRecord,
  DEFAULT_SESSION_TEMPLATE_BY_TRACK_KIND,
  DEFAULT_TRACK_TEMPLATE_BY_TRACK_KIND,
  SESSION_TEMPLATES,
  TRACK_TEMPLATES,
  createTrackFromTemplate,
  defaultSessionTemplateFor,
  getSessionTemplate,
  getTrackTemplate,
  jobCoachingTrack,
  listSessionTemplates,
  listTrackTemplates,
  planTrack,
  requireSessionTemplate,
} from '@coaching-notes/shared';

const ctx = { actor: 'replica-a', now: new Date('2026-11-22T09:00:00.000Z') };

describe('session templates', () => {
  it('has the templates the method needs', () => {
    expect(SESSION_TEMPLATES.map((t) => t.id)).toEqual(
      expect.arrayContaining([
        'client-meeting-observation',
        'team-meeting-observation',
        'intervision',
        'grow-mentoring',
        'pair-programming',
      ]),
    );
  });

  it.each(SESSION_TEMPLATES.map((t) => [t.id, t] as const))(
    '%s: unique ids and the fixed debrief',
    (_id, template) => {
      const unique = (ids: string[]) => expect(new Set(ids).size).toBe(ids.length);
      unique(template.prepQuestions.map((q) => q.id));
      unique(template.rubric.map((r) => r.id));
      unique(template.agenda.map((a) => a.id));
      unique(template.roles?.roles.map((r) => r.id) ?? []);
      expect(template.debriefQuestions.map((q) => q.id)).toEqual([...DEBRIEF_QUESTION_IDS]);
      const session = createSession({ template, coacheeIds: [] }, ctx);
      expect(validateRecord(session).ok).toBe(true);
    },
  );

  it('the client meeting asks the prep questions of the method', () => {
    const template = requireSessionTemplate('client-meeting-observation');
    expect(template.prepQuestions.map((q) => q.id)).toEqual([
      'aim',
      'expected-behaviour',
      'client-questions',
      'scenarios',
      'coach-role',
      'exceed-expectations',
    ]);
    expect(template.rubric.length).toBeGreaterThanOrEqual(5);
  });

  it('intervision asks before advising and rotates roles; GROW follows its four steps', () => {
    const intervision = requireSessionTemplate('intervision');
    const steps = intervision.agenda.map((a) => a.id);
    expect(steps.indexOf('questions')).toBeLessThan(steps.indexOf('feedback'));
    expect(steps[0]).toBe('check-in');
    expect(steps.at(-1)).toBe('action-plan');
    expect(intervision.roles?.roles.length).toBeGreaterThan(1);
    expect(requireSessionTemplate('grow-mentoring').agenda.map((a) => a.id)).toEqual([
      'goal',
      'reality',
      'options',
      'will',
    ]);
  });

  it('pair programming rotates driver and navigator and watches tests first', () => {
    const pairing = requireSessionTemplate('pair-programming');
    expect(pairing.kind).toBe('pairing');
    expect(pairing.contextKind).toBe('code');
    expect(pairing.roles?.roles.map((r) => r.id)).toEqual(['driver', 'navigator']);
    expect(pairing.rubric.map((r) => r.id)).toEqual(
      expect.arrayContaining(['tests-first', 'naming', 'asks-questions', 'thinks-aloud']),
    );
  });

  it('looks templates up by id and kind', () => {
    expect(getSessionTemplate('intervision')?.kind).toBe('intervision');
    expect(getSessionTemplate('nope')).toBeUndefined();
    expect(() => requireSessionTemplate('nope')).toThrow(/no template "nope"/);
    expect(listSessionTemplates('observation').map((t) => t.id)).toEqual([
      'client-meeting-observation',
      'team-meeting-observation',
    ]);
    expect(listSessionTemplates()).toHaveLength(SESSION_TEMPLATES.length);
  });
});

describe('track templates', () => {
  it('every track kind has a track template and a default session template that exist', () => {
    for (const kind of TRACK_KINDS) {
      expect(getSessionTemplate(DEFAULT_SESSION_TEMPLATE_BY_TRACK_KIND[kind])).toBeDefined();
      expect(getTrackTemplate(DEFAULT_TRACK_TEMPLATE_BY_TRACK_KIND[kind])?.kind).toBe(kind);
      expect(listTrackTemplates(kind).length).toBeGreaterThan(0);
    }
    expect(defaultSessionTemplateFor('mentoring').id).toBe('grow-mentoring');
  });

  it.each(TRACK_TEMPLATES.map((t) => [t.id, t] as const))(
    '%s: steps point at real session templates',
    (_id, template) => {
      for (const step of template.steps)
        expect(getSessionTemplate(step.sessionTemplateId)).toBeDefined();
      expect(getSessionTemplate(template.defaultSessionTemplateId)).toBeDefined();
      const plan = planTrack(template, '2026-11-23');
      expect(plan.sessions.length).toBeGreaterThan(0);
      expect(plan.endDate >= plan.startDate).toBe(true);
    },
  );

  it('job coaching: intake, about eight conversations over ~6 months, optional assessment, follow-ups', () => {
    const plan = planTrack(jobCoachingTrack, '2027-01-04');
    const proper = plan.sessions.filter((s) => !s.followUp && !s.optional);
    expect(proper).toHaveLength(8);
    expect(plan.plannedConversations).toBe(8);
    expect(proper[0]).toMatchObject({
      stepId: 'intake',
      date: '2027-01-04',
      sessionKind: 'conversation',
    });
    expect(proper[0]?.title).toEqual({ en: 'Intake', nl: 'Intake' });
    expect(proper[2]?.title).toEqual({
      en: 'Coaching conversation 1 of 6',
      nl: 'Coachingsgesprek 1 van 6',
    });
    expect(plan.sessions.filter((s) => s.optional).map((s) => s.stepId)).toEqual(['assessment']);
    expect(plan.endDate).toBe('2027-07-04');
    expect(proper.every((s) => s.date <= plan.endDate)).toBe(true);
    expect(plan.followUpDates).toHaveLength(2);
    expect(plan.followUpDates.every((d) => d > plan.endDate)).toBe(true);
    expect(
      plan.sessions.filter((s) => s.followUp).every((s) => s.sessionKind === 'follow-up'),
    ).toBe(true);
    const dates = plan.sessions.map((s) => s.date);
    expect([...dates].sort()).toEqual(dates);
  });

  it('creates a track that follows the plan', () => {
    const track = createTrackFromTemplate(
      jobCoachingTrack,
      { coacheeIds: [], coachIds: [], startDate: '2027-01-04', locale: 'nl' },
      ctx,
    );
    expect(track).toMatchObject({
      kind: 'job-coaching',
      title: 'Jobcoachingstraject',
      templateId: 'job-coaching-track',
      plannedConversations: 8,
      startDate: '2027-01-04',
      endDate: '2027-07-04',
      status: 'intake',
      cadence: { kind: 'custom', everyDays: 21 },
    });
    expect(track.followUpDates).toEqual(planTrack(jobCoachingTrack, '2027-01-04').followUpDates);
    expect(validateRecord(track).ok).toBe(true);
  });
});
