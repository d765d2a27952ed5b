import * as v from 'valibot';
import { MAX_ANSWER_LENGTH, type CoacheeDebrief, type Locale } from '@coaching-notes/shared';

/**
 * Messages between the "Debrief with Coachee" webview and the extension host. The webview has
 * no store: the host posts `debriefForCoachee`'s output only (nothing private), and the one thing
 * the webview may send back to be stored is the coachee's self-assessment. Every incoming message
 * is untrusted and checked here.
 */
export type CoacheeWebviewMessage = v.InferOutput<typeof coacheeMessageSchema>;

export type CoacheeHostMessage =
  | { type: 'debrief'; locale: Locale; debrief: CoacheeDebrief }
  | { type: 'self-assessment-error'; error: string };

const idSchema = v.pipe(v.string(), v.maxLength(100));

const coacheeMessageSchema = v.variant('type', [
  v.strictObject({ type: v.literal('ready') }),
  v.strictObject({
    type: v.literal('self-assessment'),
    coacheeId: idSchema,
    ratings: v.pipe(
      v.record(idSchema, v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(5))),
      v.maxEntries(50),
    ),
    experience: v.optional(v.pipe(v.string(), v.maxLength(MAX_ANSWER_LENGTH))),
  }),
  v.strictObject({
    type: v.literal('save-summary'),
    fileName: v.pipe(v.string(), v.maxLength(200), v.regex(/^[\w.-]+\.md$/)),
    markdown: v.pipe(v.string(), v.maxLength(1_000_000)),
  }),
]);

export function parseCoacheeMessage(
  raw: unknown,
): { ok: true; value: CoacheeWebviewMessage } | { ok: false; error: string } {
  const parsed = v.safeParse(coacheeMessageSchema, raw);
  return parsed.success
    ? { ok: true, value: parsed.output }
    : { ok: false, error: `invalid message: ${v.summarize(parsed.issues)}` };
}
