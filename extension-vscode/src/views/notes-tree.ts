import * as vscode from 'vscode';
import { t } from '../l10n';
import {
  formatOffset,
  type Observation,
  type Response,
  type Session,
  type Track,
} from '@coaching-notes/shared';
import type { Authorship } from '../people/authorship';
import type { AnchorTracker } from '../notes/anchor-tracker';
import { kindLabel } from '../notes/labels';
import type { PrivateReveal } from '../notes/private-reveal';
import type { Services } from '../services';
import { focusOf } from '../session/focus';

type Node =
  | { kind: 'track'; track: Track | undefined }
  | { kind: 'session'; session: Session }
  | {
      kind: 'focus';
      id: string;
      label: string;
      detail?: string;
      icon: string;
      command?: vscode.Command;
    }
  | { kind: 'note'; note: Observation }
  | { kind: 'response'; response: Response };

const REFRESH_DELAY_MS = 200;

/**
 * The "Coaching" view: track → pairing session → notes, with live line numbers. The view is on
 * the shared screen: a private note shows as "Private note" (no kind, no text) until the coach
 * reveals private notes; shared notes show their text and say that they are shared.
 */
export class NotesTree implements vscode.TreeDataProvider<Node>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<Node | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private readonly disposables: vscode.Disposable[] = [];
  private refreshTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly services: Services,
    private readonly tracker: AnchorTracker,
    private readonly activeSessionId: () => string | undefined,
    private readonly privacy: PrivateReveal,
    private readonly authorship: Authorship,
  ) {
    this.disposables.push(
      authorship.onDidChange(() => this.refreshSoon()),
      this.changed,
      // At once, not debounced: hiding must not leave the texts up a moment longer.
      privacy.onDidChange(() => this.changed.fire(undefined)),
      { dispose: services.store.subscribe(() => this.refreshSoon()) },
      tracker.onDidChange(() => this.refreshSoon()),
    );
  }

  refreshSoon(): void {
    if (this.refreshTimer) clearTimeout(this.refreshTimer);
    this.refreshTimer = setTimeout(() => this.changed.fire(undefined), REFRESH_DELAY_MS);
  }

  async getChildren(node?: Node): Promise<Node[]> {
    const { store } = this.services;
    await this.authorship.whenReady();
    if (!node) {
      const sessions = await store.list({ type: 'session' });
      const pairing = sessions.filter((s) => s.kind === 'pairing');
      const trackIds = [...new Set(pairing.map((s) => s.trackId))];
      const nodes: Node[] = [];
      for (const id of trackIds) {
        nodes.push({ kind: 'track', track: id ? await store.get('track', id) : undefined });
      }
      return nodes;
    }
    if (node.kind === 'track') {
      const sessions = node.track
        ? await store.list({ type: 'session', trackId: node.track.id })
        : (await store.list({ type: 'session' })).filter((s) => !s.trackId);
      return sessions
        .filter((s) => s.kind === 'pairing')
        .sort((a, b) => (a.createdAt < b.createdAt ? 1 : -1))
        .map((session) => ({ kind: 'session', session }));
    }
    if (node.kind === 'session') {
      const notes = await store.list({ type: 'observation', sessionId: node.session.id });
      const focus = await focusOf(store, node.session, this.services.locale);
      const id = node.session.id;
      return [
        ...focus.goals.map((goal, i): Node => ({
          kind: 'focus',
          id: `${id}:goal:${i}`,
          label: t('Focus: {0}', goal),
          icon: 'target',
        })),
        ...focus.prep.map(({ question, answer }, i): Node => ({
          kind: 'focus',
          id: `${id}:prep:${i}`,
          label: answer,
          detail: question,
          icon: 'checklist',
        })),
        ...this.selfAssessmentFirst(node.session, notes),
        ...notes
          .filter((note) => !this.authorship.isWithheld(note))
          .sort((a, b) => a.offsetMs - b.offsetMs)
          .map((note): Node => ({ kind: 'note', note })),
      ];
    }
    if (node.kind === 'note') {
      return this.authorship
        .responsesTo(node.note.id)
        .map((response): Node => ({ kind: 'response', response }));
    }
    return [];
  }

  /**
   * The coachee's view comes first: while the coach's notes of the session wait for my
   * self-assessment, they are not listed (nor their text sent to the view), only how many.
   */
  private selfAssessmentFirst(session: Session, notes: Observation[]): Node[] {
    const withheld = notes.filter((note) => this.authorship.isWithheld(note)).length;
    if (withheld === 0) return [];
    const args = [{ session }];
    return [
      {
        kind: 'focus',
        id: `${session.id}:assess`,
        label: t('Assess yourself first: the coach’s notes ({0}) show after that', withheld),
        icon: 'lock',
        command: {
          command: 'coachingNotes.assessMyself',
          title: t('Assess Myself'),
          arguments: args,
        },
      },
      {
        kind: 'focus',
        id: `${session.id}:skip`,
        label: t('Skip and show the coach’s notes'),
        icon: 'debug-step-over',
        command: {
          command: 'coachingNotes.skipSelfAssessment',
          title: t('Skip and show the coach’s notes'),
          arguments: args,
        },
      },
    ];
  }

  getTreeItem(node: Node): vscode.TreeItem {
    if (node.kind === 'track') {
      const item = new vscode.TreeItem(
        node.track?.title ?? t('Sessions without a track'),
        vscode.TreeItemCollapsibleState.Expanded,
      );
      item.iconPath = new vscode.ThemeIcon('milestone');
      item.contextValue = 'track';
      return item;
    }
    if (node.kind === 'session') return this.sessionItem(node.session);
    if (node.kind === 'focus') {
      const item = new vscode.TreeItem(node.label);
      item.id = node.id;
      item.description = node.detail;
      item.tooltip = node.detail ? `${node.detail}\n${node.label}` : node.label;
      item.iconPath = new vscode.ThemeIcon(node.icon);
      item.contextValue = 'focus';
      if (node.command) item.command = node.command;
      return item;
    }
    if (node.kind === 'response') return this.responseItem(node.response);
    return this.noteItem(node.note);
  }

  private responseItem(response: Response): vscode.TreeItem {
    const item = new vscode.TreeItem(this.authorship.wordsOf(response));
    item.id = response.id;
    item.description = [this.authorship.bylineOf(response), response.createdAt.slice(0, 10)]
      .filter(Boolean)
      .join(' · ');
    item.tooltip = new vscode.MarkdownString().appendText(this.authorship.describe(response));
    item.iconPath = new vscode.ThemeIcon(
      response.kind === 'reply' ? 'reply' : response.kind === 'agree' ? 'thumbsup' : 'check',
    );
    item.contextValue = 'response';
    return item;
  }

  private sessionItem(session: Session): vscode.TreeItem {
    const running = session.id === this.activeSessionId();
    const item = new vscode.TreeItem(session.title, vscode.TreeItemCollapsibleState.Expanded);
    item.id = session.id;
    item.description = running ? t('{0} · running', session.date) : session.date;
    item.iconPath = new vscode.ThemeIcon(running ? 'record' : 'comment-discussion');
    item.contextValue = 'session';
    return item;
  }

  private noteItem(note: Observation): vscode.TreeItem {
    const hidden = note.visibility !== 'shared' && !this.privacy.revealed;
    const responses = this.authorship.responsesTo(note.id);
    const item = new vscode.TreeItem(
      hidden ? t('Private note') : `${kindLabel(note.kind)}: ${note.text}`,
      responses.length > 0
        ? vscode.TreeItemCollapsibleState.Expanded
        : vscode.TreeItemCollapsibleState.None,
    );
    // VS Code keeps the state it knew for an id: a note that gets its first answer would stay
    // folded. Under a new id it opens, so the answer shows under it.
    item.id = responses.length > 0 ? `${note.id}/answered` : note.id;
    const byline = this.authorship.bylineOf(note);
    if (!hidden) {
      const tooltip = new vscode.MarkdownString().appendText(note.text);
      if (byline) tooltip.appendMarkdown('\n\n').appendText(byline);
      for (const response of responses)
        tooltip.appendMarkdown('\n\n').appendText(`↳ ${this.authorship.describe(response)}`);
      item.tooltip = tooltip;
    }
    const time = formatOffset(note.offsetMs);
    const anchor = note.anchor?.kind === 'code' ? note.anchor : undefined;
    const placement = this.tracker.placementOf(note.id);
    if (anchor && placement && !placement.detached) {
      item.description = `${anchor.file}:${placement.range.startLine + 1} · ${time}`;
      item.contextValue = 'note';
      item.command = {
        command: 'coachingNotes.revealNote',
        title: t('Show Note in Code'),
        arguments: [note.id],
      };
    } else if (anchor) {
      item.description = t('{0} · detached · {1}', anchor.file, time);
      item.contextValue = 'note-detached';
      item.command = {
        command: 'coachingNotes.revealNote',
        title: t('Show Note in Code'),
        arguments: [note.id],
      };
    } else {
      item.description = time;
      item.contextValue = 'note-unanchored';
    }
    // Private is the default and needs no word; a shared note says so, as the coachee will read it.
    if (note.visibility === 'shared')
      item.description = t('{0} · shared', String(item.description));
    if (byline) item.description = `${String(item.description)} · ${byline}`;
    // Someone else's note: no edit, share, hide, reattach or delete (see the menus' `when`).
    if (!this.authorship.mayEdit(note)) item.contextValue = 'othersNote';
    item.contextValue += note.visibility === 'shared' ? ':shared' : ':private';
    item.iconPath = new vscode.ThemeIcon(
      placement?.detached ? 'warning' : hidden ? 'lock' : iconOf(note.kind),
    );
    return item;
  }

  dispose(): void {
    if (this.refreshTimer) clearTimeout(this.refreshTimer);
    for (const disposable of this.disposables) disposable.dispose();
  }
}

function iconOf(kind: Observation['kind']): string {
  switch (kind) {
    case 'top':
      return 'star-full';
    case 'tip':
      return 'arrow-up';
    case 'question':
      return 'question';
    default:
      return 'info';
  }
}
