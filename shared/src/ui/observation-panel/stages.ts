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

/** Whether the target of a key press takes text, so capture keys must not fire there. */
export function isTextEntry(target: EventTarget | undefined): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  if (target instanceof HTMLInputElement) {
    return !['checkbox', 'radio', 'button', 'submit', 'reset'].includes(target.type);
  }
  return false;
}
