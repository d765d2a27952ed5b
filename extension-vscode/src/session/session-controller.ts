import * as vscode from 'vscode';
import { t } from '../l10n';
import {
  afterRestart,
  endSession,
  isSwapDue,
  markPrompted,
  pairProgrammingSession,
  rotationMinutes,
  shouldPromptSwap,
  snooze,
  startRotation,
  swapRoles,
  withInterval,
  type RotationState,
  type Seat,
  type Session,
  formatDuration,
} from '@coaching-notes/shared';
import type { Services } from '../services';
import { runStartFlow } from './start-flow';

/** What survives a window reload: the running session and its rotation. */
interface ActivePairing {
  sessionId: string;
  coacheeName: string;
  rotation: RotationState;
}

const STATE_KEY = 'coachingNotes.activePairing';
const CONTEXT_KEY = 'coachingNotes.sessionActive';

/** The coach's own interval when set, else the pairing template's. */
function rotationSetting(): number {
  const setting = vscode.workspace
    .getConfiguration('coachingNotes')
    .get<number | null>('rotationMinutes', null);
  return rotationMinutes(pairProgrammingSession, setting);
}

/**
 * The running pairing session: start and end, the status bar item with elapsed time and
 * roles, and the gentle swap prompt. One session per workspace at a time.
 */
export class SessionController implements vscode.Disposable {
  private active: ActivePairing | undefined;
  private restoring: Promise<void> = Promise.resolve();
  private readonly statusItem: vscode.StatusBarItem;
  private timer: ReturnType<typeof setInterval> | undefined;
  private readonly changed = new vscode.EventEmitter<Session | undefined>();
  /** Fires when a session starts or ends. */
  readonly onDidChange = this.changed.event;

  constructor(
    private readonly services: Services,
    private readonly memento: vscode.Memento,
    private readonly onEnded: (session: Session) => Promise<void>,
  ) {
    this.statusItem = vscode.window.createStatusBarItem(
      'coachingNotes.session',
      vscode.StatusBarAlignment.Left,
      50,
    );
    this.statusItem.name = t('Pairing session');
    this.statusItem.command = 'coachingNotes.swapRoles';
  }

  /**
   * Picks up a session that was running before the window reloaded. Commands that need the
   * running session wait for this, since activation does not wait for the store.
   */
  restore(): Promise<void> {
    this.restoring = this.restoreSaved().catch(() => undefined);
    return this.restoring;
  }

  private async restoreSaved(): Promise<void> {
    const saved = this.memento.get<ActivePairing>(STATE_KEY);
    if (!saved) return;
    const session = await this.services.store.get('session', saved.sessionId);
    // A due swap is still due; the prompt the previous window showed is gone with it.
    if (session?.status === 'in-progress') {
      await this.activate({ ...saved, rotation: afterRestart(saved.rotation) });
    } else await this.memento.update(STATE_KEY, undefined);
  }

  get activeSessionId(): string | undefined {
    return this.active?.sessionId;
  }

  async activeSession(): Promise<Session | undefined> {
    await this.restoring;
    return this.active ? this.services.store.get('session', this.active.sessionId) : undefined;
  }

  async start(): Promise<void> {
    await this.restoring;
    if (this.active) {
      const end = t('End it');
      const answer = await vscode.window.showWarningMessage(
        t('A pairing session is already running.'),
        end,
      );
      if (answer !== end) return;
      await this.end();
    }
    const started = await runStartFlow(this.services);
    if (!started) return;
    await this.activate({
      sessionId: started.session.id,
      coacheeName: started.coachee.displayName,
      rotation: startRotation(Date.now(), started.driver, rotationSetting()),
    });
    vscode.window.showInformationMessage(
      t('Pairing session with {0} started.', started.coachee.displayName),
    );
  }

  async end(): Promise<void> {
    await this.restoring;
    const active = this.active;
    if (!active) {
      vscode.window.showInformationMessage(t('No pairing session is running.'));
      return;
    }
    await this.deactivate();
    const session = await this.services.store.get('session', active.sessionId);
    if (session?.status !== 'in-progress') return;
    const ended = endSession(session, this.services.changeContext());
    await this.services.store.put(ended);
    await this.onEnded(ended);
  }

  async swap(): Promise<void> {
    await this.restoring;
    if (!this.active) return;
    await this.update({ ...this.active, rotation: swapRoles(this.active.rotation, Date.now()) });
    vscode.window.setStatusBarMessage(this.rolesText(), 4000);
  }

  /** A setting changed (interval, language): applies from the current turn on. */
  applySettings(): void {
    this.statusItem.name = t('Pairing session');
    if (this.active) {
      void this.update({
        ...this.active,
        rotation: withInterval(this.active.rotation, rotationSetting()),
      });
    }
  }

  private async activate(pairing: ActivePairing): Promise<void> {
    await this.update(pairing);
    await vscode.commands.executeCommand('setContext', CONTEXT_KEY, true);
    this.timer ??= setInterval(() => this.tick(), 1000);
    this.statusItem.show();
    // Not activeSession(): that waits for restore(), which may be what is running this.
    this.changed.fire(await this.services.store.get('session', pairing.sessionId));
  }

  private async deactivate(): Promise<void> {
    this.active = undefined;
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
    this.statusItem.hide();
    await this.memento.update(STATE_KEY, undefined);
    await vscode.commands.executeCommand('setContext', CONTEXT_KEY, false);
    this.changed.fire(undefined);
  }

  private async update(pairing: ActivePairing): Promise<void> {
    this.active = pairing;
    await this.memento.update(STATE_KEY, pairing);
    this.render();
  }

  private tick(): void {
    const active = this.active;
    if (!active) return;
    this.render();
    const now = Date.now();
    if (!shouldPromptSwap(active.rotation, now)) return;
    void this.update({ ...active, rotation: markPrompted(active.rotation, now) });
    void this.promptSwap(active.rotation.lastSwapAt);
  }

  /**
   * The toast may vanish into the notification centre unanswered: that is not "later". The
   * status bar keeps saying the swap is due, and the prompt comes again after a while.
   */
  private async promptSwap(turn: number): Promise<void> {
    const swapNow = t('Swap roles');
    const later = t('Later');
    const answer = await vscode.window.showInformationMessage(
      t('Time to swap? {0}', this.rolesText(true)),
      swapNow,
      later,
    );
    // Answered after the roles changed some other way (status bar, another prompt): stale.
    if (!this.active || this.active.rotation.lastSwapAt !== turn || answer === undefined) return;
    if (answer === swapNow) await this.swap();
    else await this.snooze();
  }

  private async snooze(): Promise<void> {
    if (!this.active) return;
    await this.update({ ...this.active, rotation: snooze(this.active.rotation, Date.now()) });
  }

  private seatName(seat: Seat): string {
    return seat === 'coach' ? t('you') : (this.active?.coacheeName ?? '');
  }

  /** "Driver: Sam · Navigator: you", or the swapped version for the prompt. */
  private rolesText(afterSwap = false): string {
    const rotation = this.active?.rotation;
    if (!rotation) return '';
    const driver: Seat = (rotation.driver === 'coach') !== afterSwap ? 'coach' : 'coachee';
    const navigator: Seat = driver === 'coach' ? 'coachee' : 'coach';
    return t('Driver: {0} · Navigator: {1}', this.seatName(driver), this.seatName(navigator));
  }

  private render(): void {
    const active = this.active;
    if (!active) return;
    const now = Date.now();
    const elapsed = formatDuration(now - active.rotation.startedAt);
    const due = isSwapDue(active.rotation, now);
    this.statusItem.text = due
      ? `$(bell) ${elapsed} · ${t('Swap due')} · ${this.rolesText()}`
      : `$(organization) ${elapsed} · ${this.rolesText()}`;
    this.statusItem.backgroundColor = due
      ? new vscode.ThemeColor('statusBarItem.warningBackground')
      : undefined;
    this.statusItem.tooltip = due
      ? t('Time to swap driver and navigator. Click to swap now.')
      : t('Pairing with {0}. Click to swap driver and navigator.', active.coacheeName);
  }

  dispose(): void {
    if (this.timer) clearInterval(this.timer);
    this.statusItem.dispose();
    this.changed.dispose();
  }
}
