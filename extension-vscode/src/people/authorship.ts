import * as vscode from 'vscode';
import {
  authorshipIndex,
  authorshipLabels,
  isTombstone,
  t as translate,
  type AuthorshipIndex,
  type AuthorshipLabels,
  type CoachingRecord,
  type Id,
  type Response,
} from '@coaching-notes/shared';
import type { Services } from '../services';
import { mayEdit } from './may-edit';
import { myPersonId } from './me';

const REFRESH_DELAY_MS = 150;

/**
 * Who wrote what, for the views: the authorship index of the store and the responses to each
 * note, rebuilt (debounced) when the store changes, so every tree row and hover reads it
 * without going through the whole store again.
 */
export class Authorship implements vscode.Disposable {
  private index: AuthorshipIndex = authorshipIndex([]);
  private responses = new Map<Id, Response[]>();
  private ready: Promise<void>;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChange = this.changed.event;
  private readonly unsubscribe: () => void;

  constructor(private readonly services: Services) {
    this.ready = this.rebuild();
    this.unsubscribe = services.store.subscribe(() => {
      clearTimeout(this.timer);
      this.timer = setTimeout(() => {
        this.ready = this.rebuild().then(() => this.changed.fire());
      }, REFRESH_DELAY_MS);
    });
  }

  /** Resolves once the index reflects the store as it was when last changed. */
  whenReady(): Promise<void> {
    return this.ready;
  }

  private async rebuild(): Promise<void> {
    const all = await this.services.store.all();
    const responses = new Map<Id, Response[]>();
    for (const record of all) {
      if (isTombstone(record) || record.type !== 'response') continue;
      const list = responses.get(record.subjectId) ?? [];
      list.push(record);
      responses.set(record.subjectId, list);
    }
    for (const list of responses.values())
      list.sort((a, b) => (a.createdAt < b.createdAt ? -1 : 1));
    this.index = authorshipIndex(all);
    this.responses = responses;
  }

  /** "by Marieke", "edited by Daan". */
  labelsOf(record: CoachingRecord): AuthorshipLabels {
    return authorshipLabels(record, this.index, this.services.locale);
  }

  /** The labels as one line: "by Marieke · edited by Daan" (empty when nothing is known). */
  bylineOf(record: CoachingRecord): string {
    const { by, editedBy } = this.labelsOf(record);
    return [by, editedBy].filter(Boolean).join(' · ');
  }

  mayEdit(record: CoachingRecord): boolean {
    return mayEdit(myPersonId(this.services.globalState), record, this.index);
  }

  responsesTo(id: Id): Response[] {
    return this.responses.get(id) ?? [];
  }

  /** "Daan: Thanks, I will", "Daan: Agree". */
  describe(response: Response): string {
    const author = response.authorId ? this.index.people.get(response.authorId) : undefined;
    const words =
      response.kind === 'reply'
        ? (response.text ?? '')
        : translate(this.services.locale, `core.responseKind.${response.kind}`);
    return author ? `${author.displayName}: ${words}` : words;
  }

  dispose(): void {
    clearTimeout(this.timer);
    this.unsubscribe();
    this.changed.dispose();
  }
}
