import * as vscode from 'vscode';
import type { Services } from '../services';

interface SessionPanelState {
  sessionId: string;
}

function isSessionPanelState(value: unknown): value is SessionPanelState {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as SessionPanelState).sessionId === 'string'
  );
}

/**
 * Webview panels that each show one session: one panel per session (opening it again reveals
 * it), restored after a reload by the serializer while the session still exists, and limited to
 * the built webview assets.
 */
export abstract class SessionPanels implements vscode.Disposable, vscode.WebviewPanelSerializer {
  protected readonly panels = new Map<string, vscode.WebviewPanel>();

  constructor(
    protected readonly extensionUri: vscode.Uri,
    protected readonly services: Services,
    private readonly viewType: string,
    private readonly column: vscode.ViewColumn,
  ) {}

  /** The panel's title before its session is read. */
  protected abstract initialTitle(): string;
  /** Fills a new or restored panel for `sessionId`. */
  protected abstract attach(panel: vscode.WebviewPanel, sessionId: string): Promise<void> | void;

  async open(sessionId: string): Promise<void> {
    const existing = this.panels.get(sessionId);
    if (existing) {
      existing.reveal();
      return;
    }
    const panel = vscode.window.createWebviewPanel(
      this.viewType,
      this.initialTitle(),
      this.column,
      this.options(),
    );
    await this.track(panel, sessionId);
  }

  async deserializeWebviewPanel(panel: vscode.WebviewPanel, state: unknown): Promise<void> {
    if (
      !isSessionPanelState(state) ||
      !(await this.services.store.get('session', state.sessionId))
    ) {
      panel.dispose();
      return;
    }
    panel.webview.options = this.options();
    await this.track(panel, state.sessionId);
  }

  private async track(panel: vscode.WebviewPanel, sessionId: string): Promise<void> {
    this.panels.set(sessionId, panel);
    panel.onDidDispose(() => this.panels.delete(sessionId));
    panel.iconPath = vscode.Uri.joinPath(this.extensionUri, 'media', 'coaching.svg');
    await this.attach(panel, sessionId);
  }

  private options(): vscode.WebviewOptions & vscode.WebviewPanelOptions {
    return {
      enableScripts: true,
      retainContextWhenHidden: false,
      // Only the built webview assets, nothing else of the extension or the workspace.
      localResourceRoots: [vscode.Uri.joinPath(this.extensionUri, 'dist', 'webview')],
    };
  }

  dispose(): void {
    for (const panel of this.panels.values()) panel.dispose();
  }
}
