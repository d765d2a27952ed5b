import {
  getSessionTemplate,
  pairProgrammingSession,
  type Locale,
  type Session,
  type Store,
} from '@coaching-notes/shared';

/** What the session set out to work on, as chosen and answered in the start flow. */
export interface SessionFocus {
  goals: string[];
  prep: { question: string; answer: string }[];
}

/** The focus goals' statements and the answered prep questions, in the template's order. */
export async function focusOf(
  store: Store,
  session: Session,
  locale: Locale,
): Promise<SessionFocus> {
  const goals: string[] = [];
  for (const id of session.before.focusGoalIds) {
    const goal = await store.get('goal', id);
    if (goal) goals.push(goal.statement);
  }
  const template = getSessionTemplate(session.templateId) ?? pairProgrammingSession;
  const prep = template.prepQuestions
    .map((question) => ({
      question: question.text[locale],
      answer: session.before.answers[question.id]?.trim() ?? '',
    }))
    .filter((item) => item.answer !== '');
  return { goals, prep };
}
