import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { buildJsonSchema } from '../../../shared/schema/generate';

it('the committed JSON Schema is the one generated from the valibot schema (npm run schema)', () => {
  const committed = JSON.parse(
    readFileSync(
      new URL('../../../shared/schema/coaching-record.schema.json', import.meta.url),
      'utf8',
    ),
  ) as unknown;
  expect(committed).toEqual(buildJsonSchema());
});
