import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';

/**
 * Finds tests whose body asserts nothing: no `expect`/`assert` and no call of a helper named
 * `expect…`/`assert…` (helpers that throw on a failed check are named that way). A test that
 * cannot fail proves only that its code ran.
 */
export interface Unasserted {
  file: string;
  line: number;
  name: string;
}

const TEST_CALLEES = new Set(['it', 'test']);
const MODIFIERS = new Set(['each', 'concurrent', 'sequential', 'fails', 'runIf', 'skipIf']);

/** `it`, `test`, `it.concurrent`, `test.each(rows)`… — but not `it.skip`/`it.todo`. */
function isTestCall(node: ts.CallExpression): boolean {
  let callee: ts.Expression = node.expression;
  if (ts.isCallExpression(callee)) callee = callee.expression; // it.each(rows)(name, fn)
  while (ts.isPropertyAccessExpression(callee)) {
    if (!MODIFIERS.has(callee.name.text)) return false;
    callee = callee.expression;
  }
  return ts.isIdentifier(callee) && TEST_CALLEES.has(callee.text);
}

function asserts(body: ts.Node): boolean {
  let found = false;
  const visit = (node: ts.Node): void => {
    if (found) return;
    if (ts.isIdentifier(node) && /^(expect|assert)/i.test(node.text)) found = true;
    else ts.forEachChild(node, visit);
  };
  visit(body);
  return found;
}

export function unassertedTests(file: string, source: string): Unasserted[] {
  const sourceFile = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true);
  const found: Unasserted[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isCallExpression(node) && isTestCall(node)) {
      const body = node.arguments.find(
        (arg) => ts.isArrowFunction(arg) || ts.isFunctionExpression(arg),
      );
      if (body && !asserts(body)) {
        const name = node.arguments[0];
        found.push({
          file,
          line: sourceFile.getLineAndCharacterOfPosition(node.getStart()).line + 1,
          name: name && ts.isStringLiteralLike(name) ? name.text : (name?.getText() ?? ''),
        });
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(sourceFile);
  return found;
}

export function testFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((path) => /\.test\.ts$/.test(path) && !path.includes('node_modules'))
    .map((path) => join(dir, path));
}

export function unassertedIn(dir: string): Unasserted[] {
  return testFiles(dir).flatMap((path) =>
    unassertedTests(relative(dir, path), readFileSync(path, 'utf8')),
  );
}
