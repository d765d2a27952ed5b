import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { deferredStore } from '../../extension-vscode/src/storage/deferred-store';
import { createMemoryStore, type Store } from '@coaching-notes/shared';
import { pairingFixture } from './fixtures';

const manifest = JSON.parse(
  readFileSync(
    path.resolve(
      path.dirname(fileURLToPath(import.meta.url)),
      '../../extension-vscode/package.json',
    ),
    'utf8',
  ),
) as { activationEvents: string[] };

describe('VS Code activation', () => {
  it('activates only where coaching happens: the view, a shared file, its language, the debrief', () => {
    expect(manifest.activationEvents).not.toContain('onStartupFinished');
    expect(manifest.activationEvents).not.toContain('*');
    expect(manifest.activationEvents).toEqual(
      expect.arrayContaining([
        'onView:coachingNotes.notes',
        'workspaceContains:**/*.coaching.jsonl',
        'onWebviewPanel:coachingNotes.debrief',
      ]),
    );
  });

  it('answers store calls made before the store has opened, and announces later writes', async () => {
    let open!: (store: Store) => void;
    const store = deferredStore(new Promise<Store>((resolve) => (open = resolve)));
    const seen: string[] = [];
    store.subscribe((change) => seen.push(...change.records.map((r) => r.id)));
    const { person, track } = pairingFixture();
    const read = store.get('person', person.id);
    const write = store.put(person);
    const inner = createMemoryStore();
    open(inner);
    await write;
    expect(await read).toBeUndefined();
    expect(await store.get('person', person.id)).toEqual(person);
    await store.put(track);
    expect(seen).toEqual([person.id, track.id]);
  });
});
