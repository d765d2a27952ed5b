/** The message of an error, translated when the core raised it. */
export function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
