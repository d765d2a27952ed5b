import { describe, expect, it } from 'vitest';
import * as shared from '@coaching-notes/shared';

describe('@coaching-notes/shared', () => {
  it('exposes every step of the coaching cycle from the package entry', () => {
    const names = [
      'createPerson',
      'createTrack',
      'createGoal',
      'createSession',
      'createObservation',
      'createAction',
      'editRecord',
      'checkPreparation',
      'startSession',
      'endSession',
      'completeSession',
      'composeFeedback',
      'answerDebrief',
      'actionsFromDebrief',
      'setActionStatus',
      'openActionsForSession',
      'carriedForward',
      'goalProgress',
      'trackProgress',
      'formatTrackProgress',
      'nextCheckInDue',
      'sessionCoverage',
      'formatOffset',
      'getSessionTemplate',
      'listSessionTemplates',
      'getTrackTemplate',
      'planTrack',
      'CoachingError',
    ] as const;
    for (const name of names)
      expect(typeof (shared as Record<string, unknown>)[name], name).toBe('function');
    expect(shared.DEBRIEF_QUESTION_IDS).toHaveLength(7);
  });
});
