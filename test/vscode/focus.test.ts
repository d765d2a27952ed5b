import { describe, expect, it } from 'vitest';
import {
  createGoal,
  createMemoryStore,
  createSession,
  pairProgrammingSession,
} from '@coaching-notes/shared';
import { focusOf } from '../../extension-vscode/src/session/focus';
import { ctx, pairingFixture } from './fixtures';

describe('a session’s focus (goals and prep) for the view and the debrief', () => {
  it('lists the focus goals’ statements and only the answered prep questions, in the template’s order', async () => {
    const { track } = pairingFixture();
    const goal = createGoal({ trackId: track.id, statement: 'Name things well' }, ctx());
    const [first, second] = pairProgrammingSession.prepQuestions;
    const session = createSession(
      {
        template: pairProgrammingSession,
        track,
        focusGoalIds: [goal.id],
        answers: { [second!.id]: 'The parser', [first!.id]: '  ' },
      },
      ctx(),
    );
    const store = createMemoryStore();
    await store.putMany([track, goal, session]);
    expect(await focusOf(store, session, 'nl')).toEqual({
      goals: ['Name things well'],
      prep: [{ question: second!.text.nl, answer: 'The parser' }],
    });
  });
});
