/**
 * A fast yes for `validateRecord`, for readers of large files. The checks are compiled once
 * from the valibot schemas in `schema.ts` (still the one place a record's shape is written)
 * into plain functions that allocate nothing, where valibot builds a dataset and an output
 * copy for every value. It only says yes where `validateRecord` says yes: any schema part it
 * does not know, and any value it does not positively accept, is left to `validateRecord`,
 * which gives the verdict and the messages. A property test holds the two in agreement
 * (test/shared/model/schema-accepts.test.ts).
 */
import { FORBIDDEN_KEYS, RECORD_SCHEMAS, tombstoneSchema } from './schema';
import { MAX_DEPTH } from './limits';
import { RECORD_TYPES, type RecordType } from './types';

/** Whether a value passes: `validateRecord`'s checks, without its messages. */
type Accept = (value: unknown) => boolean;

/** The parts of a valibot schema or action that the checks are compiled from. */
interface SchemaPart {
  kind: string;
  type: string;
  pipe?: readonly SchemaPart[];
  entries?: Readonly<Record<string, SchemaPart>>;
  item?: SchemaPart;
  key?: SchemaPart;
  value?: SchemaPart;
  wrapped?: SchemaPart;
  options?: readonly unknown[];
  literal?: unknown;
  default?: unknown;
  requirement?: unknown;
}

/** Thrown while compiling a schema part this file does not know; that schema falls back. */
class Unsupported extends Error {}

const REFUSE: Accept = () => false;

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  const proto = Object.getPrototypeOf(value) as unknown;
  return proto === Object.prototype || proto === null;
}

/**
 * `depth`: nesting of the value the part checks (the record is 0), for the depth limit
 * `validateRecord` applies to objects and arrays before the schema.
 */
function compile(part: SchemaPart, depth: number): Accept {
  if (part.pipe) return compilePipe(part.pipe, depth);
  const nested = depth > MAX_DEPTH;
  switch (part.type) {
    case 'string':
      return (value) => typeof value === 'string';
    case 'number':
      // `validateRecord` refuses what JSON cannot hold (Infinity) before the schema runs.
      return (value) => typeof value === 'number' && Number.isFinite(value);
    case 'boolean':
      return (value) => typeof value === 'boolean';
    case 'literal': {
      // valibot compares with SameValueZero: the same as === for every literal but NaN.
      const literal = part.literal;
      if (Number.isNaN(literal)) throw new Unsupported('NaN literal');
      return (value) => value === literal;
    }
    case 'picklist': {
      const options = new Set(part.options);
      return (value) => options.has(value);
    }
    case 'optional': {
      if (part.default !== undefined) throw new Unsupported('optional with a default');
      const wrapped = compile(part.wrapped!, depth);
      return (value) => value === undefined || wrapped(value);
    }
    case 'array': {
      const item = compile(part.item!, depth + 1);
      if (nested) return REFUSE;
      return (value) => Array.isArray(value) && value.every(item);
    }
    case 'strict_object':
      return nested ? REFUSE : compileStrictObject(part.entries!, depth);
    case 'record': {
      const key = compile(part.key!, depth + 1);
      const item = compile(part.value!, depth + 1);
      if (nested) return REFUSE;
      return (value) => {
        if (!isPlainObject(value)) return false;
        for (const name in value) {
          if (!Object.hasOwn(value, name) || FORBIDDEN_KEYS.has(name)) return false;
          if (!key(name) || !item(value[name])) return false;
        }
        return true;
      };
    }
    case 'variant': {
      // The option whose discriminator matches is the one that must pass; an option that
      // passes as a whole matched its discriminator, so "any option passes" is the same.
      const options = (part.options as SchemaPart[]).map((option) => compile(option, depth));
      return (value) => options.some((option) => option(value));
    }
    default:
      throw new Unsupported(part.type);
  }
}

/** Enumerable fields, as valibot's checks see them; counted without a key array. */
function countFields(value: object): number {
  let count = 0;
  for (const name in value) if (name !== undefined) count++;
  return count;
}

function compileStrictObject(entries: Readonly<Record<string, SchemaPart>>, depth: number): Accept {
  const names = Object.keys(entries);
  // valibot looks fields up with `in`: the same as an own field unless the prototype has it.
  if (names.some((name) => name in Object.prototype)) throw new Unsupported('inherited name');
  const checks = names.map((name) => compile(entries[name]!, depth + 1));
  const required = names.map((name) => entries[name]!.type !== 'optional');
  return (value) => {
    if (!isPlainObject(value)) return false;
    let present = 0;
    for (let i = 0; i < names.length; i++) {
      const name = names[i]!;
      if (name in value) {
        present++;
        if (!checks[i]!(value[name])) return false;
      } else if (required[i]) return false;
    }
    // A field the schema does not list (forbidden keys included) makes the counts differ.
    return countFields(value) === present;
  };
}

function compilePipe(pipe: readonly SchemaPart[], depth: number): Accept {
  const base = compile(pipe[0]!, depth);
  const actions = pipe.slice(1).flatMap((action) => compileAction(action));
  return (value) => {
    if (!base(value)) return false;
    for (const action of actions) if (!action(value)) return false;
    return true;
  };
}

function compileAction(action: SchemaPart): Accept[] {
  if (action.kind === 'metadata') return [];
  if (action.kind !== 'validation') throw new Unsupported(action.kind);
  const requirement = action.requirement;
  switch (action.type) {
    case 'regex':
      return [(value) => (requirement as RegExp).test(value as string)];
    case 'check':
      return [requirement as Accept];
    case 'min_length':
      return [(value) => (value as { length: number }).length >= (requirement as number)];
    case 'max_length':
      return [(value) => (value as { length: number }).length <= (requirement as number)];
    case 'max_entries':
      return [(value) => countFields(value as object) <= (requirement as number)];
    case 'safe_integer':
      return [Number.isSafeInteger];
    case 'integer':
      return [Number.isInteger];
    case 'min_value':
      return [(value) => (value as number) >= (requirement as number)];
    case 'max_value':
      return [(value) => (value as number) <= (requirement as number)];
    default:
      throw new Unsupported(action.type);
  }
}

function compileOrRefuse(schema: unknown): Accept {
  try {
    return compile(schema as SchemaPart, 0);
  } catch (error) {
    if (error instanceof Unsupported) return REFUSE;
    throw error;
  }
}

let compiled: { tombstone: Accept; live: Map<string, Accept> } | undefined;

function checks() {
  compiled ??= {
    tombstone: compileOrRefuse(tombstoneSchema),
    live: new Map(
      RECORD_TYPES.map((type: RecordType) => [type, compileOrRefuse(RECORD_SCHEMAS[type])]),
    ),
  };
  return compiled;
}

/**
 * True only when `validateRecord(value)` is ok. False means "ask `validateRecord`": it may
 * still accept (a shape this check leaves to it), and it names what is wrong.
 */
export function acceptsRecord(value: unknown): boolean {
  if (!isPlainObject(value)) return false;
  const { tombstone, live } = checks();
  const accept = 'deleted' in value ? tombstone : live.get(value['type'] as string);
  return accept !== undefined && accept(value);
}
