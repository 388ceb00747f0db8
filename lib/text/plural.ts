/**
 * English plurals in one place, on `Intl.PluralRules` rather than hand-written `n === 1 ? … : …`,
 * so every count in the app reads the same way ("1 student", "0 students", "1,200 files").
 */
const rules = new Intl.PluralRules('en');

/** The word that goes with `count`: `one` for 1, `other` (default: `one` + "s") for anything else. */
export function pluralWord(count: number, one: string, other = `${one}s`): string {
  return rules.select(count) === 'one' ? one : other;
}

/** The count and its word, e.g. "3 answers"; counts are grouped ("1,200"). */
export function plural(count: number, one: string, other = `${one}s`): string {
  return `${count.toLocaleString('en')} ${pluralWord(count, one, other)}`;
}
