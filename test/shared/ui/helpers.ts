import axe from 'axe-core';
import { expect } from 'vitest';
import {
  createGoal,
  createPerson,
  createSession,
  createTrack,
  type ChangeContext,
  type ObservationKind,
  createMemoryStore,
  type Store,
  clientMeetingObservation,
  type PageContext,
} from '@coaching-notes/shared';
import type { PanelHost } from '@coaching-notes/shared/ui';

export const actor = 'test-actor';
export const changeContext = (): ChangeContext => ({ actor, now: new Date() });

/** A memory store with a coachee, an on-the-job track with two goals and a planned session. */
export async function seededStore(options: { planned?: boolean } = {}) {
  const store = createMemoryStore();
  const ctx = changeContext();
  const person = createPerson({ displayName: 'Sam Peeters', role: 'account manager' }, ctx);
  const track = createTrack(
    {
      kind: 'on-the-job',
      title: 'Client calls',
      coacheeIds: [person.id],
      coachIds: [],
      status: 'active',
    },
    ctx,
  );
  const goals = [
    createGoal({ trackId: track.id, statement: 'Open with a clear agenda', order: 0 }, ctx),
    createGoal({ trackId: track.id, statement: 'Handle objections calmly', order: 1 }, ctx),
  ];
  const session = createSession(
    { template: clientMeetingObservation, track, planned: options.planned ?? true },
    ctx,
  );
  await store.putMany([person, track, ...goals, session]);
  return { store, person, track, goals, session };
}

/**
 * A PanelHost double: a fixed page context, a way to fire browser capture commands and, with
 * `dashboard`, a dashboard opener that records the views asked for.
 */
export function fakeHost(context?: PageContext, options: { dashboard?: boolean } = {}) {
  const captures = new Set<(kind: ObservationKind) => void>();
  const opened = { dashboards: 0 };
  const host: PanelHost = {
    pageContext: async () => context,
    onPageContext: () => () => undefined,
    onCapture(listener) {
      captures.add(listener);
      return () => captures.delete(listener);
    },
  };
  if (options.dashboard) host.openDashboard = () => opened.dashboards++;
  return {
    host,
    opened,
    command: (kind: ObservationKind) => captures.forEach((l) => l(kind)),
  };
}

export const meetContext: PageContext = {
  site: 'google-meet',
  kind: 'call',
  label: 'Weekly sales sync',
  url: 'https://meet.google.com/abc-defg-hij',
  title: 'Meet – Weekly sales sync',
};

/** Mount an element in a fixed 360×560 box, like the overlay. */
export function mount<E extends HTMLElement>(element: E): E {
  document.body.replaceChildren();
  const box = document.createElement('div');
  box.style.cssText = 'width:360px;height:560px;display:flex;flex-direction:column';
  box.append(element);
  document.body.append(box);
  return element;
}

/** Every element matching `selector` in `root`, through open shadow roots. */
function pierceAll(root: ParentNode, selector: string): Element[] {
  const out: Element[] =
    root instanceof Element && root.shadowRoot ? pierceAll(root.shadowRoot, selector) : [];
  out.push(...root.querySelectorAll(selector));
  for (const el of root.querySelectorAll('*'))
    if (el.shadowRoot) out.push(...pierceAll(el.shadowRoot, selector));
  return out;
}

/**
 * Like querySelectorAll, but each space-separated step may cross shadow roots:
 * `cn-prepare button.prepared` finds the button inside cn-prepare's shadow root.
 */
export function deepAll<E extends Element = HTMLElement>(root: ParentNode, selector: string): E[] {
  let current: ParentNode[] = [root];
  for (const step of selector.trim().split(/\s+/)) {
    const next = new Set<Element>();
    for (const node of current) for (const el of pierceAll(node, step)) next.add(el);
    current = [...next];
  }
  return current as E[];
}

export function deep<E extends Element = HTMLElement>(
  root: ParentNode,
  selector: string,
): E | null {
  return deepAll<E>(root, selector)[0] ?? null;
}

/** Wait until `find` returns something truthy. */
export async function waitFor<T>(
  find: () => T | null | undefined | false,
  what = 'condition',
  timeoutMs = 3000,
): Promise<T> {
  const deadline = performance.now() + timeoutMs;
  for (;;) {
    const value = find();
    if (value) return value;
    if (performance.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

export async function byCss(selector: string): Promise<HTMLElement> {
  return waitFor(() => deep<HTMLElement>(document.body, selector), selector);
}

/** The element focused now, through shadow roots. */
export function activeElement(): Element | null {
  let el: Element | null = document.activeElement;
  while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
  return el;
}

/** Type into a text field the way input events arrive from a user. */
export function typeInto(field: HTMLInputElement | HTMLTextAreaElement, text: string): void {
  field.focus();
  field.value = text;
  field.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
}

export async function expectNoAxeViolations(element: Element): Promise<void> {
  const result = await axe.run(element, { resultTypes: ['violations'] });
  const summary = result.violations.map(
    (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
  expect(summary).toEqual([]);
}

export const settle = (ms = 350) => new Promise((r) => setTimeout(r, ms));

export type { Store };
