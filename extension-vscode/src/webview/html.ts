import * as vscode from 'vscode';
import type { Locale } from '@coaching-notes/shared';
import type { SessionFocus } from '../session/focus';

export interface DebriefPageText {
  locale: Locale;
  title: string;
  completeLabel: string;
  focus?: SessionFocus;
  goalsTitle: string;
  prepTitle: string;
}

function nonce(): string {
  const bytes = new Uint8Array(18);
  globalThis.crypto.getRandomValues(bytes);
  return Buffer.from(bytes).toString('base64');
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** Focus goals and prep answers, escaped, above the debrief; nothing when there are none. */
function focusSection(text: DebriefPageText): string {
  const focus = text.focus;
  if (!focus || (focus.goals.length === 0 && focus.prep.length === 0)) return '';
  const goals = focus.goals.length
    ? `<h2>${escapeHtml(text.goalsTitle)}</h2>\n<ul>${focus.goals.map((g) => `<li>${escapeHtml(g)}</li>`).join('')}</ul>`
    : '';
  const prep = focus.prep.length
    ? `<h2>${escapeHtml(text.prepTitle)}</h2>\n<dl>${focus.prep
        .map(
          ({ question, answer }) =>
            `<dt>${escapeHtml(question)}</dt><dd>${escapeHtml(answer)}</dd>`,
        )
        .join('')}</dl>`
    : '';
  return `<section class="focus">\n${goals}\n${prep}\n</section>`;
}

export interface WebviewPage {
  /** File names in `dist/webview`. */
  script: string;
  style: string;
  locale: Locale;
  title: string;
  /** The body's markup, already escaped. */
  body: string;
}

/**
 * A page: one script and one stylesheet from `dist/webview`, a fresh nonce per load, and a
 * CSP that allows nothing else (no inline script, no network).
 */
export function webviewHtml(
  webview: vscode.Webview,
  extensionUri: vscode.Uri,
  page: WebviewPage,
): string {
  const root = vscode.Uri.joinPath(extensionUri, 'dist', 'webview');
  const script = webview.asWebviewUri(vscode.Uri.joinPath(root, page.script));
  const style = webview.asWebviewUri(vscode.Uri.joinPath(root, page.style));
  const n = nonce();
  const csp = [
    "default-src 'none'",
    `script-src 'nonce-${n}'`,
    `style-src ${webview.cspSource} 'nonce-${n}'`,
    `img-src ${webview.cspSource}`,
    `font-src ${webview.cspSource}`,
  ].join('; ');
  return `<!DOCTYPE html>
<html lang="${page.locale}">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" href="${style.toString()}" nonce="${n}">
<title>${escapeHtml(page.title)}</title>
</head>
<body>
${page.body}
<script type="module" nonce="${n}" src="${script.toString()}"></script>
</body>
</html>`;
}

/** The coach's debrief page: the title, the session's focus, then the mounted components. */
export function debriefHtml(
  webview: vscode.Webview,
  extensionUri: vscode.Uri,
  text: DebriefPageText,
): string {
  return webviewHtml(webview, extensionUri, {
    script: 'debrief.js',
    style: 'debrief.css',
    locale: text.locale,
    title: text.title,
    body: `<main id="debrief" data-complete-label="${escapeHtml(text.completeLabel)}">
<h1>${escapeHtml(text.title)}</h1>
${focusSection(text)}
</main>`,
  });
}
