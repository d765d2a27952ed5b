import { slug } from '../common/download';

/** The debrief with the coachee, in the method's order: the coachee's view comes first. */
export const COACHEE_STEPS = ['self', 'tops', 'tips', 'actions', 'help', 'summary'] as const;
export type CoacheeStep = (typeof COACHEE_STEPS)[number];

/** Keys that move between steps; other keys (and any key in a field) are left alone. */
export function stepDelta(event: KeyboardEvent): -1 | 1 | 0 {
  if (event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return 0;
  const target = event.composedPath()[0];
  if (
    target instanceof HTMLElement &&
    (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName))
  )
    return 0;
  if (event.key === 'ArrowRight' || event.key === 'PageDown') return 1;
  if (event.key === 'ArrowLeft' || event.key === 'PageUp') return -1;
  return 0;
}

/** The name the summary file gets: the session's date and title, safe on every file system. */
export function summaryFileName(date: string, title: string): string {
  return `debrief-${date.slice(0, 10)}-${slug(title)}.md`;
}
