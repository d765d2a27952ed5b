import * as vscode from 'vscode';
import { t } from '../l10n';
import { parseSharedFile } from '@coaching-notes/shared';
import { splitLines } from '../anchors';
import { toDiagnosticSpecs } from './diagnostics-model';

const LANGUAGE_ID = 'coaching-jsonl';
const VALIDATE_DELAY_MS = 300;

function isSharedFile(document: vscode.TextDocument): boolean {
  return document.languageId === LANGUAGE_ID || document.uri.path.endsWith('.coaching.jsonl');
}

/**
 * A shared file open in the editor is checked by the shared validator as it is edited, and
 * every finding shows in the Problems panel on its line and field, so a broken hand edit is
 * caught before it is committed.
 */
export class SharedFileDiagnostics implements vscode.Disposable {
  private readonly collection = vscode.languages.createDiagnosticCollection('coaching-notes');
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly disposables: vscode.Disposable[] = [this.collection];

  constructor() {
    this.disposables.push(
      vscode.workspace.onDidOpenTextDocument((d) => this.validate(d)),
      vscode.workspace.onDidChangeTextDocument((e) => this.validateSoon(e.document)),
      vscode.workspace.onDidCloseTextDocument((d) => this.collection.delete(d.uri)),
    );
    for (const document of vscode.workspace.textDocuments) this.validate(document);
  }

  private validateSoon(document: vscode.TextDocument): void {
    if (!isSharedFile(document)) return;
    const key = document.uri.toString();
    clearTimeout(this.timers.get(key));
    this.timers.set(
      key,
      setTimeout(() => {
        this.timers.delete(key);
        this.validate(document);
      }, VALIDATE_DELAY_MS),
    );
  }

  validate(document: vscode.TextDocument): void {
    if (!isSharedFile(document)) return;
    const text = document.getText();
    const result = parseSharedFile(text);
    if (result.ok) {
      this.collection.set(document.uri, []);
      return;
    }
    const diagnostics = toDiagnosticSpecs(result.issues, splitLines(text)).map((spec) => {
      const message = spec.field ? t('Field {0}: {1}', spec.field, spec.message) : spec.message;
      const diagnostic = new vscode.Diagnostic(
        new vscode.Range(spec.line, spec.startCharacter, spec.line, spec.endCharacter),
        message,
        vscode.DiagnosticSeverity.Error,
      );
      diagnostic.source = 'coaching-notes';
      if (spec.field) diagnostic.code = spec.field;
      return diagnostic;
    });
    this.collection.set(document.uri, diagnostics);
  }

  dispose(): void {
    for (const timer of this.timers.values()) clearTimeout(timer);
    for (const disposable of this.disposables) disposable.dispose();
  }
}
