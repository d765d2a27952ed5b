import * as vscode from 'vscode';
import { localeFromLanguageTag, type Locale } from '@coaching-notes/shared';
import dutch from '../l10n/bundle.l10n.nl.json';

/**
 * The language of the coaching texts. `auto` follows VS Code's display language; many Dutch
 * and Flemish coaches run an English VS Code but coach in Dutch, so they can choose.
 * (Command titles in the palette always follow VS Code's display language.)
 */
export function coachingLocale(): Locale {
  const chosen = vscode.workspace.getConfiguration('coachingNotes').get<string>('language', 'auto');
  return chosen === 'nl' || chosen === 'en' ? chosen : localeFromLanguageTag(vscode.env.language);
}

const bundles: Record<Locale, Record<string, string>> = { nl: dutch, en: {} };

function fill(template: string, args: readonly (string | number)[]): string {
  return template.replace(/\{(\d+)\}/g, (whole, index: string) =>
    Number(index) < args.length ? String(args[Number(index)]) : whole,
  );
}

/**
 * `vscode.l10n.t` when the chosen language is VS Code's own; otherwise the extension's bundle
 * for the chosen language (English is the message itself).
 */
export function t(message: string, ...args: (string | number)[]): string {
  const locale = coachingLocale();
  if (locale === localeFromLanguageTag(vscode.env.language)) return vscode.l10n.t(message, ...args);
  return fill(bundles[locale][message] ?? message, args);
}
