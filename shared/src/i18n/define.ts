import { languageTag, type Locale } from './locale';

/** A message catalog: English keys define the set; Dutch must have exactly the same keys. */
export type Catalog<K extends string> = Record<K, string>;

/**
 * Declare one area's messages in both languages. The type makes a missing Dutch (or English)
 * key a compile error; `test/shared/i18n` checks the same at run time for every area.
 *
 * A message that shows a count says so with a plural block, the ICU MessageFormat subset
 * `{name, plural, one {# session} other {# sessions}}` (`#` is the number): the form is chosen
 * by `Intl.PluralRules` for the locale, so "1 sessie" and "2 sessies" both read right.
 */
export function defineMessages<K extends string>(messages: {
  en: Catalog<K>;
  nl: NoInfer<Catalog<K>>;
}): { en: Catalog<K>; nl: Catalog<K> } {
  return messages;
}

type Params = Record<string, string | number>;

/**
 * Fill `{name}` placeholders and choose plural forms for `locale`. Unknown placeholders stay as
 * they are, so a gap is visible.
 */
export function format(template: string, params: Params | undefined, locale: Locale): string {
  const plain = template.includes(', plural,') ? choosePlurals(template, params, locale) : template;
  if (!params) return plain;
  return plain.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

const pluralRules = new Map<Locale, Intl.PluralRules>();

/** The plural category (`one`, `other`, …) of `count` in `locale`. */
export function pluralCategory(locale: Locale, count: number): Intl.LDMLPluralRule {
  let rules = pluralRules.get(locale);
  if (!rules) {
    rules = new Intl.PluralRules(languageTag(locale));
    pluralRules.set(locale, rules);
  }
  return rules.select(count);
}

const PLURAL_START = /\{(\w+), plural,/g;

/** Replace every `{name, plural, …}` block by its chosen form, `#` by the number. */
function choosePlurals(template: string, params: Params | undefined, locale: Locale): string {
  let out = '';
  let last = 0;
  PLURAL_START.lastIndex = 0;
  for (let start = PLURAL_START.exec(template); start; start = PLURAL_START.exec(template)) {
    const name = start[1]!;
    const { forms, end } = parseForms(template, PLURAL_START.lastIndex);
    const value = params?.[name];
    const count = typeof value === 'number' ? value : Number(value);
    const form = Number.isNaN(count)
      ? template.slice(start.index, end)
      : (forms.get(`=${count}`) ?? forms.get(pluralCategory(locale, count)) ?? forms.get('other'));
    out += template.slice(last, start.index) + (form ?? '').replace(/#/g, String(value));
    last = end;
    PLURAL_START.lastIndex = end;
  }
  return out + template.slice(last);
}

/** Reads `one {…} other {…}}` from `from`; returns the forms and the index after the block. */
function parseForms(template: string, from: number): { forms: Map<string, string>; end: number } {
  const forms = new Map<string, string>();
  let i = from;
  for (;;) {
    while (template[i] === ' ') i++;
    if (template[i] === '}' || i >= template.length) return { forms, end: i + 1 };
    const open = template.indexOf('{', i);
    if (open === -1) return { forms, end: template.length };
    const selector = template.slice(i, open).trim();
    let depth = 1;
    let close = open + 1;
    for (; close < template.length && depth > 0; close++) {
      if (template[close] === '{') depth++;
      else if (template[close] === '}') depth--;
    }
    forms.set(selector, template.slice(open + 1, close - 1));
    i = close;
  }
}
