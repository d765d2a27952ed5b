import { DEBRIEF_QUESTIONS, getSessionTemplate } from '../../templates';
import type { SessionTemplate, TemplateQuestion } from '../../templates';

/** The session template with this id, if the core knows it. */
export function sessionTemplate(id: string | undefined): SessionTemplate | undefined {
  return id === undefined ? undefined : getSessionTemplate(id);
}

/** The template's debrief questions, or the fixed debrief when the template is unknown. */
export function debriefQuestionsOf(templateId: string | undefined): readonly TemplateQuestion[] {
  return sessionTemplate(templateId)?.debriefQuestions ?? DEBRIEF_QUESTIONS;
}
