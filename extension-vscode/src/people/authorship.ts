import * as vscode from 'vscode';
import {
  authorshipIndex,
  authorshipLabels,
  awaitsSelfAssessment,
  isTombstone,
  t as translate,
  type AuthorshipIndex,
  type AuthorshipLabels,
  type CoachingRecord,
  type Id,
  type Observation,
  type Response,
  type SelfAssessment,
} from '@coaching-notes/shared';
import type { Services } from '../services';
import { mayEdit } from './may-edit';
import { myPersonId } from './me';

const REFRESH_DELAY_MS = 150;
const SKIPPED_KEY = 'coachingNotes.skippedSelfAssessments';

/**
 * Who wrote what, for the views: the authorship index of the store and the responses to each
 * note, rebuilt (debounced) when the store changes, so every tree row and hover reads it
 * without going through the whole store again.
 */
export class Authorship implements vscode.Disposable {
  private index: AuthorshipIndex = authorshipIndex([]);
  private responses = new Map<Id, Response[]>();
  /** Sessions whose coach's notes wait for my self-assessment (see `awaitsSelfAssessment`). */
  private withheld = new Set<Id>();
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
    const index = authorshipIndex(all);
    const me = myPersonId(this.services.globalState);
    const skipped = new Set(this.services.globalState.get<string[]>(SKIPPED_KEY, []));
    const live = all.filter((r): r is CoachingRecord => !isTombstone(r));
    const assessments = live.filter((r): r is SelfAssessment => r.type === 'selfAssessment');
    const withheld = new Set<Id>();
    for (const session of live) {
      if (session.type !== 'session' || me === undefined || skipped.has(session.id)) continue;
      if (awaitsSelfAssessment(session, me, assessments, index)) withheld.add(session.id);
    }
    this.index = index;
    this.responses = responses;
    this.withheld = withheld;
  }

  /** Rebuild now (a change outside the store, such as a skip), then tell the views. */
  async refresh(): Promise<void> {
    this.ready = this.rebuild();
    await this.ready;
    this.changed.fire();
  }

  /** Whether the coach's notes of `sessionId` wait until I assessed myself (or skipped). */
  withholds(sessionId: Id): boolean {
    return this.withheld.has(sessionId);
  }

  /** Someone else's note of a session I have yet to assess myself on: not shown to me yet. */
  isWithheld(note: Observation): boolean {
    return this.withheld.has(note.sessionId) && !this.mayEdit(note);
  }

  /** Show the coach's notes of `sessionId` without a self-assessment, from now on. */
  async skipSelfAssessment(sessionId: Id): Promise<void> {
    const skipped = this.services.globalState.get<string[]>(SKIPPED_KEY, []);
    if (!skipped.includes(sessionId))
      await this.services.globalState.update(SKIPPED_KEY, [...skipped, sessionId]);
    await this.refresh();
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

  /** What a response says: the reply's text, or "Read" / "Agree". */
  wordsOf(response: Response): string {
    return response.kind === 'reply'
      ? (response.text ?? '')
      : translate(this.services.locale, `core.responseKind.${response.kind}`);
  }

  /** "Daan: Thanks, I will", "Daan: Agree". */
  describe(response: Response): string {
    const author = response.authorId ? this.index.people.get(response.authorId) : undefined;
    const words = this.wordsOf(response);
    return author ? `${author.displayName}: ${words}` : words;
  }

  dispose(): void {
    clearTimeout(this.timer);
    this.unsubscribe();
    this.changed.dispose();
  }
}
