/**
 * Tokens for the dashboard's full-text search. Coaches type Dutch and English, with or without
 * accents ("reëel", "café"), so words are lower-cased and accent-folded; the index keeps whole
 * words and the query matches them by prefix ("klant" finds "klantgesprek").
 */

/**
 * Words too common to narrow a search: a query leaves them out next to other words. They are
 * still indexed, because a word typed alone must find what contains it ("voor" in "vóór 1 mei").
 */
const STOP_WORDS = new Set([
  'de',
  'het',
  'een',
  'en',
  'van',
  'in',
  'op',
  'te',
  'is',
  'dat',
  'die',
  'met',
  'voor',
  'er',
  'aan',
  'om',
  'je',
  'ik',
  'we',
  'hij',
  'zij',
  'ze',
  'niet',
  'als',
  'bij',
  'of',
  'ook',
  'maar',
  'the',
  'a',
  'an',
  'and',
  'of',
  'to',
  'in',
  'on',
  'is',
  'it',
  'that',
  'for',
  'with',
  'at',
  'as',
  'be',
  'by',
  'or',
  'was',
  'he',
  'she',
  'they',
  'we',
  'you',
  'i',
  'not',
  'this',
  'but',
]);

/** Longest token kept; longer words are cut (the prefix still matches). */
export const MAX_TOKEN_LENGTH = 24;
/** Most distinct tokens one session contributes, so one huge session cannot bloat the index. */
export const MAX_TOKENS_PER_RECORD = 2000;

/** Lower-case and strip diacritics: "Reëel Café" → "reeel cafe". */
export function foldText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase();
}

function words(text: string): string[] {
  const out: string[] = [];
  // Hyphenated Dutch compounds ("klant-gesprek") are also indexed joined ("klantgesprek").
  for (const chunk of foldText(text).split(/[^\p{L}\p{N}-]+/u)) {
    if (!chunk) continue;
    const parts = chunk.split('-').filter(Boolean);
    out.push(...parts);
    if (parts.length > 1) out.push(parts.join(''));
  }
  return out;
}

/** Distinct index tokens of a text, stop words included. */
export function indexTokens(...texts: (string | undefined)[]): string[] {
  const tokens = new Set<string>();
  for (const text of texts) {
    if (!text) continue;
    for (const word of words(text)) {
      if (word.length < 2) continue;
      tokens.add(word.slice(0, MAX_TOKEN_LENGTH));
      if (tokens.size >= MAX_TOKENS_PER_RECORD) return [...tokens];
    }
  }
  return [...tokens];
}

/** Distinct query terms, each matched as a prefix of an indexed token. */
export function queryTerms(query: string): string[] {
  const terms = new Set<string>();
  for (const word of words(query)) {
    if (word.length === 0) continue;
    terms.add(word.slice(0, MAX_TOKEN_LENGTH));
  }
  // A stop word next to real words would only slow the query down; alone it still searches.
  const meaningful = [...terms].filter((term) => !STOP_WORDS.has(term));
  return meaningful.length > 0 ? meaningful : [...terms];
}
