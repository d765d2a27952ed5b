import * as vscode from 'vscode';
import { t } from '../l10n';

/** How long private note texts stay on screen after the coach reveals them. */
export const REVEAL_MS = 30_000;
const CONTEXT_KEY = 'coachingNotes.privateRevealed';

/**
 * While pairing the coachee reads the same screen, so a private note's text is hidden in the
 * hover and in the Coaching view until the coach reveals it. The reveal ends by itself after
 * `REVEAL_MS` (a coach who forgets does not leave the notes open), or when the coach hides
 * them again; a status bar item says that private texts are showing.
 */
export class PrivateReveal implements vscode.Disposable {
  private until = 0;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChange = this.changed.event;
  private readonly statusItem: vscode.StatusBarItem;

  constructor(private readonly durationMs = REVEAL_MS) {
    this.statusItem = vscode.window.createStatusBarItem(
      'coachingNotes.privateRevealed',
      vscode.StatusBarAlignment.Left,
      49,
    );
    this.statusItem.name = t('Private notes visible');
    this.statusItem.command = 'coachingNotes.hidePrivateNotes';
    this.statusItem.backgroundColor = new vscode.ThemeColor('statusBarItem.warningBackground');
    void vscode.commands.executeCommand('setContext', CONTEXT_KEY, false);
  }

  get revealed(): boolean {
    return Date.now() < this.until;
  }

  reveal(): void {
    this.until = Date.now() + this.durationMs;
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => this.hide(), this.durationMs);
    this.statusItem.text = `$(eye) ${t('Private notes visible')}`;
    this.statusItem.tooltip = t(
      'Private note texts show for {0} seconds. Click to hide them now.',
      Math.round(this.durationMs / 1000),
    );
    this.statusItem.show();
    void vscode.commands.executeCommand('setContext', CONTEXT_KEY, true);
    this.changed.fire();
  }

  hide(): void {
    this.until = 0;
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    this.statusItem.hide();
    void vscode.commands.executeCommand('setContext', CONTEXT_KEY, false);
    this.changed.fire();
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    this.statusItem.dispose();
    this.changed.dispose();
  }
}
