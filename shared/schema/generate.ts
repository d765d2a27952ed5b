/**
 * Generates `coaching-record.schema.json` from the valibot schemas in `src/model/schema.ts`,
 * the one place a record's shape is written. `npm run schema` writes the file; a test fails
 * when the committed file differs from what this returns. Not part of any bundle.
 */
import { toJsonSchema, type ConversionConfig, type JsonSchema } from '@valibot/to-json-schema';
import * as v from 'valibot';
import { FORMAT_NAME } from '../src/exchange/format';
import {
  codeAnchorSchema,
  dateSchema,
  idSchema,
  keySchema,
  pageAnchorSchema,
  RECORD_SCHEMAS,
  revisionSchema,
  timestampSchema,
  tombstoneSchema,
} from '../src/model/schema';

/** Line 1 of a shared file. Extra keys are allowed so that a later version can add some. */
const headerSchema = v.object({
  format: v.literal(FORMAT_NAME),
  version: v.pipe(v.number(), v.integer(), v.minValue(1)),
});

const definitions = {
  header: headerSchema,
  id: idSchema,
  timestamp: timestampSchema,
  date: dateSchema,
  key: keySchema,
  revision: revisionSchema,
  pageAnchor: pageAnchorSchema,
  codeAnchor: codeAnchorSchema,
  tombstone: tombstoneSchema,
  ...RECORD_SCHEMAS,
};

const config: ConversionConfig = {
  target: 'draft-07',
  definitions,
  overrideAction({ valibotAction, jsonSchema }) {
    // `maxChars` counts code points, which is what JSON Schema's maxLength counts.
    if (valibotAction.type === 'check' && 'maxChars' in valibotAction) {
      return { ...jsonSchema, maxLength: valibotAction.maxChars as number };
    }
    // JSON Schema cannot say that a day exists in the calendar; its pattern keeps the form.
    if (valibotAction.type === 'check' && 'calendarDay' in valibotAction) return jsonSchema;
    return undefined;
  },
};

export function buildJsonSchema(): JsonSchema {
  const line = v.union([headerSchema, tombstoneSchema, ...Object.values(RECORD_SCHEMAS)]);
  const { $schema, ...generated } = toJsonSchema(line, config);
  return {
    $schema,
    $id: 'https://coaching-notes.invalid/schema/coaching-record.schema.json',
    title: 'Coaching Notes shared file: one line',
    description:
      'Each line of a *.coaching.jsonl file. Line 1 is the header; every other line is one ' +
      'record or tombstone. Generated from shared/src/model/schema.ts by `npm run schema`; do ' +
      'not edit by hand. Text lengths count characters (code points), as JSON Schema does.',
    ...generated,
  };
}
