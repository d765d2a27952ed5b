import * as vscode from 'vscode';
import type { ObservationKind } from '@coaching-notes/shared';

export function kindLabel(kind: ObservationKind): string {
  switch (kind) {
    case 'top':
      return vscode.l10n.t('Top');
    case 'tip':
      return vscode.l10n.t('Tip');
    case 'question':
      return vscode.l10n.t('Question');
    case 'fact':
      return vscode.l10n.t('Fact');
    case 'intervention':
      return vscode.l10n.t('Intervention');
  }
}
