import * as vscode from 'vscode';
import type { Locale } from '@coaching-notes/shared';

export interface DebriefPageText {
  locale: Locale;
  title: string;
  completeLabel: string;
}

function nonce(): string {
  const bytes = new Uint8Array(18);
  globalThis.crypto.getRandomValues(bytes);
  return Buffer.from(bytes).toString('base64');
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/**
 * The page: one script and one stylesheet from `dist/webview`, a fresh nonce per load, and a
 * CSP that allows nothing else (no inline script, no network).
 */
export function debriefHtml(
  webview: vscode.Webview,
  extensionUri: vscode.Uri,
  text: DebriefPageText,
): string {
  const root = vscode.Uri.joinPath(extensionUri, 'dist', 'webview');
  const script = webview.asWebviewUri(vscode.Uri.joinPath(root, 'debrief.js'));
  const style = webview.asWebviewUri(vscode.Uri.joinPath(root, 'debrief.css'));
  const n = nonce();
  const csp = [
    "default-src 'none'",
    `script-src 'nonce-${n}'`,
    `style-src ${webview.cspSource} 'nonce-${n}'`,
    `img-src ${webview.cspSource}`,
    `font-src ${webview.cspSource}`,
  ].join('; ');
  return `<!DOCTYPE html>
<html lang="${text.locale}">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" href="${style.toString()}" nonce="${n}">
<title>${escapeHtml(text.title)}</title>
</head>
<body>
<main id="debrief" data-complete-label="${escapeHtml(text.completeLabel)}">
<h1>${escapeHtml(text.title)}</h1>
</main>
<script type="module" nonce="${n}" src="${script.toString()}"></script>
</body>
</html>`;
}
