import type { SessionStatus } from '../../model/types';

export const STAGES = ['before', 'during', 'after', 'export'] as const;
export type Stage = (typeof STAGES)[number];

/** The phase a session in this status is in, where the panel opens it. */
export function stageOfStatus(status: SessionStatus): Stage {
  switch (status) {
    case 'in-progress':
      return 'during';
    case 'debrief':
      return 'after';
    case 'done':
      return 'export';
    default:
      return 'before';
  }
}

/** Elements whose own keys (Space, Enter, letters) must never also capture. */
const CONTROLS =
  'button, a[href], input, select, textarea, summary, [contenteditable], ' +
  '[role="button"], [role="switch"], [role="checkbox"], [role="link"], [role="tab"], [role="menuitem"]';

/**
 * Whether a key pressed on `target` may capture: only where no control would take the key — the
 * page itself (focus fell back to the body) or a plain part of the panel, such as the capture
 * bar, which is focusable for exactly this. Not on a button (Space would press it too), not in
 * a text field or a select.
 */
export function capturesKeys(target: EventTarget | undefined): boolean {
  if (!(target instanceof Element)) return false;
  if (target instanceof HTMLElement && target.isContentEditable) return false;
  return !target.matches(CONTROLS);
}
