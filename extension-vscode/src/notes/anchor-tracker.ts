import * as vscode from 'vscode';
import {
  authorshipIndex,
  editRecord,
  isTombstone,
  type CodeAnchor,
  type Observation,
} from '@coaching-notes/shared';
import {
  applyChanges,
  fingerprintOf,
  indexText,
  reanchor,
  snippetOf,
  splitLines,
  type TextChange,
  type TextIndex,
} from '../anchors';
import { mayEdit } from '../people/may-edit';
import { myPersonId } from '../people/me';
import type { Services } from '../services';
import { currentRepository, noteFileOf } from '../workspace/paths';
import { isSameRepository } from '../workspace/repository-identity';
import { isCodeNote, placementOf, sameRange, type CodeNote, type LivePlacement } from './live-note';

/** Typing should not write the store on every key; anchors are written back after a pause. */
const PERSIST_DELAY_MS = 1500;

/**
 * Keeps code notes on their code. In open editors every edit moves the ranges (pure
 * `applyChanges`); when a file is replaced wholesale (reload from disk, git checkout) or
 * opened after it changed, notes re-anchor by fingerprint; a note that cannot be found is
 * marked detached and kept. Placements are written back to the store after a pause.
 */
export class AnchorTracker implements vscode.Disposable {
  private notes = new Map<string, CodeNote>();
  private readonly live = new Map<string, LivePlacement>();
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChange = this.changed.event;
  private persistTimer: ReturnType<typeof setTimeout> | undefined;
  private readonly disposables: vscode.Disposable[] = [];

  constructor(private readonly services: Services) {
    const watcher = vscode.workspace.createFileSystemWatcher('**/*');
    this.disposables.push(
      this.changed,
      watcher,
      watcher.onDidChange((uri) => this.onDiskChange(uri)),
      watcher.onDidCreate((uri) => this.onDiskChange(uri)),
      watcher.onDidDelete((uri) => this.onDiskDelete(uri)),
      vscode.workspace.onDidChangeTextDocument((event) => this.onEdit(event)),
      vscode.workspace.onDidOpenTextDocument((document) => this.verifyDocument(document)),
      vscode.workspace.onDidSaveTextDocument(() => this.persistSoon(0)),
      {
        dispose: services.store.subscribe((change) => {
          if (change.records.some((r) => r.type === 'observation' || r.type === 'session')) {
            void this.reload();
          }
        }),
      },
    );
  }

  async reload(): Promise<void> {
    const observations = await this.services.store.list({ type: 'observation' });
    const here = await this.sessionsOfThisRepository();
    const next = new Map<string, CodeNote>();
    for (const observation of observations) {
      if (!isCodeNote(observation) || !here.has(observation.sessionId)) continue;
      next.set(observation.id, observation);
      const known = this.notes.get(observation.id);
      // Our own write-back comes back here: keep the live placement, which may be newer.
      if (!known || !sameRevision(known, observation) || !this.live.has(observation.id)) {
        this.live.set(observation.id, placementOf(observation));
      }
    }
    for (const id of this.live.keys()) if (!next.has(id)) this.live.delete(id);
    this.notes = next;
    for (const document of vscode.workspace.textDocuments) this.verifyDocument(document, false);
    this.changed.fire();
  }

  /**
   * Paths are workspace-relative: notes made in another repository must not show here, and
   * notes made in another clone or worktree of this one must.
   */
  private async sessionsOfThisRepository(): Promise<Set<string>> {
    const repository = await currentRepository();
    const sessions = await this.services.store.list({ type: 'session' });
    return new Set(
      sessions
        .filter((s) =>
          repository ? isSameRepository(s.context?.repository, repository) : !s.context?.repository,
        )
        .map((s) => s.id),
    );
  }

  /** Notes of one workspace-relative file, with their live placement. */
  notesIn(file: string): { note: CodeNote; placement: LivePlacement }[] {
    const out: { note: CodeNote; placement: LivePlacement }[] = [];
    for (const note of this.notes.values()) {
      const placement = this.live.get(note.id);
      if (note.anchor.file === file && placement) out.push({ note, placement });
    }
    return out;
  }

  /** Notes of this repository whose code was not found again. */
  detachedNotes(): CodeNote[] {
    return [...this.notes.values()].filter((note) => this.live.get(note.id)?.detached);
  }

  placementOf(id: string): LivePlacement | undefined {
    return this.live.get(id);
  }

  /** Record where a newly created note is (the store event follows). */
  track(note: CodeNote): void {
    this.notes.set(note.id, note);
    this.live.set(note.id, placementOf(note));
    this.changed.fire();
  }

  private onEdit(event: vscode.TextDocumentChangeEvent): void {
    if (event.contentChanges.length === 0) return;
    const file = noteFileOf(event.document.uri);
    if (!file) return;
    // A paste may bring code whose note was detached by a cut elsewhere (another file too).
    if (event.contentChanges.some((change) => change.text.length > 1)) {
      if (this.adoptDetached(file, () => indexText(event.document.getText()))) {
        this.changed.fire();
        this.persistSoon();
      }
    }
    const notes = this.notesIn(file);
    if (notes.length === 0) return;
    const changes: TextChange[] = event.contentChanges.map((change) => ({
      range: {
        startLine: change.range.start.line,
        startCharacter: change.range.start.character,
        endLine: change.range.end.line,
        endCharacter: change.range.end.character,
      },
      text: change.text,
    }));
    let index: TextIndex | undefined;
    for (const { note, placement } of notes) {
      if (placement.detached) continue;
      const placed = applyChanges(placement.range, changes);
      if (placed.status === 'kept' && sameRange(placed.range, placement.range)) continue;
      if (placed.status === 'lost') {
        index ??= indexText(event.document.getText());
        const found = reanchor(
          placement.range,
          note.anchor.fingerprint,
          index,
          note.anchor.snippet,
        );
        this.place(note.id, found.range, found.status === 'detached', found.status === 'edited');
      } else {
        this.place(note.id, placed.range, false, placed.status === 'edited');
      }
    }
    this.changed.fire();
    this.persistSoon();
  }

  /** A file's text may differ from what the notes were made on: find each note again. */
  private verify(file: string, text: string): boolean {
    const notes = this.notesIn(file);
    if (notes.length === 0) return false;
    const index = indexText(text);
    let moved = false;
    for (const { note, placement } of notes) {
      const found = reanchor(placement.range, note.anchor.fingerprint, index, note.anchor.snippet);
      const detached = found.status === 'detached';
      if (detached === placement.detached && sameRange(found.range, placement.range)) continue;
      this.place(note.id, found.range, detached, false);
      if (found.status === 'edited') {
        // Changed on disk: the file may not be open when the placement is written back.
        this.live.get(note.id)!.refreshed = {
          fingerprint: fingerprintOf(index.lines, found.range),
          snippet: snippetOf(index.lines, found.range),
        };
      }
      moved = true;
    }
    return moved;
  }

  /**
   * Detached notes whose code now appears in `file` (cut from one file and pasted into
   * another, or a file moved) follow it there. Only the exact fingerprint counts across
   * files: a fuzzy match far from where the note was would be a guess.
   */
  private adoptDetached(file: string, index: () => TextIndex): boolean {
    const detached = this.detachedNotes();
    if (detached.length === 0) return false;
    const text = index();
    let adopted = false;
    for (const note of detached) {
      const placement = this.live.get(note.id)!;
      const found = reanchor(placement.range, note.anchor.fingerprint, text);
      if (found.status === 'detached') continue;
      this.notes.set(note.id, { ...note, anchor: { ...note.anchor, file } });
      this.place(note.id, found.range, false, false);
      adopted = true;
    }
    return adopted;
  }

  private verifyDocument(document: vscode.TextDocument, announce = true): void {
    const file = noteFileOf(document.uri);
    if (!file || document.isDirty) return;
    if (this.verify(file, document.getText()) && announce) {
      this.changed.fire();
      this.persistSoon();
    }
  }

  /** Changes on disk to files not open in an editor (open ones get change events). */
  private async onDiskChange(uri: vscode.Uri): Promise<void> {
    const file = noteFileOf(uri);
    if (!file) return;
    if (this.notesIn(file).length === 0 && this.detachedNotes().length === 0) return;
    if (vscode.workspace.textDocuments.some((d) => d.uri.toString() === uri.toString())) return;
    try {
      const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
      const adopted = this.adoptDetached(file, () => indexText(text));
      if (this.verify(file, text) || adopted) {
        this.changed.fire();
        this.persistSoon();
      }
    } catch {
      // Gone again between the event and the read: the delete event detaches the notes.
    }
  }

  private onDiskDelete(uri: vscode.Uri): void {
    const file = noteFileOf(uri);
    if (!file) return;
    let changed = false;
    for (const { note, placement } of this.notesIn(file)) {
      if (placement.detached) continue;
      this.place(note.id, placement.range, true, false);
      changed = true;
    }
    if (changed) {
      this.changed.fire();
      this.persistSoon();
    }
  }

  private place(
    id: string,
    range: LivePlacement['range'],
    detached: boolean,
    edited: boolean,
  ): void {
    const previous = this.live.get(id);
    this.live.set(id, {
      range,
      detached,
      dirty: true,
      refingerprint: edited || (previous?.refingerprint ?? false),
    });
  }

  persistSoon(delay = PERSIST_DELAY_MS): void {
    if (this.persistTimer) clearTimeout(this.persistTimer);
    this.persistTimer = setTimeout(() => void this.persist(), delay);
  }

  /** Write dirty placements back as edits of the observations (new revision, same id). */
  async persist(): Promise<void> {
    this.persistTimer = undefined;
    if (![...this.live.values()].some((placement) => placement.dirty)) return;
    // Edit the stored notes, not our copies: a change made meanwhile (shared, deleted) must stay.
    // One read, then no await until the write, so two overlapping runs cannot both take a note.
    const all = await this.services.store.all();
    const stored = new Map(
      all.flatMap((r) => (r.type === 'observation' && !isTombstone(r) ? [[r.id, r]] : [])),
    );
    const index = authorshipIndex(all);
    const me = myPersonId(this.services.globalState);
    const updates: Observation[] = [];
    for (const [id, placement] of this.live) {
      if (!placement.dirty) continue;
      const note = stored.get(id);
      if (!note || !isCodeNote(note)) {
        this.live.delete(id);
        continue;
      }
      // Someone else's note follows the code on my screen, but I do not rewrite their record.
      if (!mayEdit(me, note, index)) continue;
      // The note may have followed its code into another file (`adoptDetached`).
      const file = this.notes.get(id)?.anchor.file ?? note.anchor.file;
      const anchor: CodeAnchor = { ...note.anchor, file, range: placement.range };
      if (placement.refreshed && !placement.detached) Object.assign(anchor, placement.refreshed);
      if (placement.refingerprint && !placement.detached) {
        const lines = this.currentLines(file);
        if (lines) {
          anchor.fingerprint = fingerprintOf(lines, placement.range);
          anchor.snippet = snippetOf(lines, placement.range);
        }
      }
      if (placement.detached) anchor.detached = true;
      else delete anchor.detached;
      const updated = editRecord(note, { anchor }, this.services.changeContext()) as CodeNote;
      this.notes.set(id, updated);
      this.live.set(id, {
        range: placement.range,
        detached: placement.detached,
        dirty: false,
        refingerprint: false,
      });
      updates.push(updated);
    }
    if (updates.length > 0) await this.services.store.putMany(updates);
  }

  private currentLines(file: string): string[] | undefined {
    const document = vscode.workspace.textDocuments.find((d) => noteFileOf(d.uri) === file);
    return document ? splitLines(document.getText()) : undefined;
  }

  dispose(): void {
    if (this.persistTimer) clearTimeout(this.persistTimer);
    void this.persist();
    for (const disposable of this.disposables) disposable.dispose();
  }
}

function sameRevision(a: Observation, b: Observation): boolean {
  return JSON.stringify(a.rev) === JSON.stringify(b.rev);
}
