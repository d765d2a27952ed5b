import { describeIssue, type FileIssue } from '../exchange';
import { t, type MessageKey } from '../i18n';
import type { Locale } from '../model/types';

/** Exit codes, documented in `--help` and docs/shared-file.md. */
export const EXIT = { ok: 0, invalid: 1, usage: 2, io: 3 } as const;

export interface CliIo {
  out: (text: string) => void;
  err: (text: string) => void;
  locale: Locale;
}

/** A problem that ends the command with an exit code and a message for stderr. */
export class CliFailure extends Error {
  constructor(
    readonly code: number,
    message: string,
  ) {
    super(message);
  }
}

export function say(io: CliIo, key: MessageKey, params?: Record<string, string | number>): string {
  return t(io.locale, key, params);
}

export function invalidFile(io: CliIo, file: string, issues: FileIssue[]): CliFailure {
  const lines = issues.map((issue) => `  ${describeIssue(issue)}`);
  return new CliFailure(
    EXIT.invalid,
    [say(io, 'exchange.cli.invalid', { file }), ...lines].join('\n'),
  );
}
