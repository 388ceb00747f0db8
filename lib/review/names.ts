/** Compares names for a class list: alphabetical, ignoring case and accents. */
export const compareNames = new Intl.Collator('en', { sensitivity: 'base', numeric: true }).compare;
