import { html, nothing, type TemplateResult } from 'lit';
import {
  isTombstone,
  recordKey,
  versionText,
  type ForeignChange,
  type ForeignDecision,
  type ImportPreview,
  type Person,
} from '@coaching-notes/shared';
import { t } from '../../i18n';
import type { DashboardContext } from '../context';
import { typeLabel } from '../common/format';

const DECISIONS: (ForeignDecision | 'later')[] = ['keepMine', 'accept', 'later'];

/** "Daan deleted your note “Magic 3: …”": what changed, whose, and by whom. */
function foreignSummary(
  ctx: DashboardContext,
  change: ForeignChange,
  people: readonly Person[],
): string {
  const l = ctx.locale;
  const names = change.byPersonIds
    .map((id) => people.find((p) => p.id === id)?.displayName)
    .filter((name): name is string => name !== undefined);
  const who = names.length ? names.join(', ') : t(l, 'dashboard.exchange.foreign.unknown');
  const text = versionText(change.mine);
  return t(l, `dashboard.exchange.foreign.${change.kind}`, {
    who,
    type: typeLabel(l, change.mine.type),
    text: text.length > 60 ? `${text.slice(0, 59)}…` : text,
  });
}

/**
 * Other people's deletes, hides and edits of my records in an import preview, each with my
 * answer: keep mine, accept theirs, or decide later (then nothing is written for it).
 */
export function renderForeignChanges(
  ctx: DashboardContext,
  imp: ImportPreview,
  peopleHere: readonly Person[],
  decisions: ReadonlyMap<string, ForeignDecision>,
  decide: (next: Map<string, ForeignDecision>) => void,
): TemplateResult | typeof nothing {
  const l = ctx.locale;
  if (ctx.person === undefined)
    return html`<p class="warning">${t(l, 'dashboard.exchange.foreign.noIdentity')}</p>`;
  if (imp.foreign.length === 0) return nothing;
  // The people here, and those the file brings (the other person may be new here).
  const people = [
    ...peopleHere,
    ...imp.entries.flatMap((e) =>
      e.merged.type === 'person' && !isTombstone(e.merged) ? [e.merged as Person] : [],
    ),
  ];
  return html`<div class="foreign">
    <h4>${t(l, 'dashboard.exchange.foreign.heading')}</h4>
    <p class="muted">${t(l, 'dashboard.exchange.foreign.help')}</p>
    ${imp.foreign.map((change) => {
      const key = recordKey(change.merged);
      const chosen = decisions.get(key) ?? 'later';
      return html`<fieldset class="card foreign-change" data-record=${key}>
        <legend>${foreignSummary(ctx, change, people)}</legend>
        ${DECISIONS.map(
          (decision) =>
            html`<label class="row"
              ><input
                type="radio"
                name="foreign-${key}"
                value=${decision}
                .checked=${chosen === decision}
                @change=${() => {
                  const next = new Map(decisions);
                  if (decision === 'later') next.delete(key);
                  else next.set(key, decision);
                  decide(next);
                }}
              />${t(l, `dashboard.exchange.foreign.${decision}`)}</label
            >`,
        )}
      </fieldset>`;
    })}
  </div>`;
}
