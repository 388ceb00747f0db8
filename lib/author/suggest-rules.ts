/**
 * The word lists behind the analysis suggestions. Every pattern is matched case-insensitively on
 * whole words (Unicode letters, so "actor" is not "act" and "banner" is not "ban").
 */

/** Wraps alternatives so they only match as whole words. */
export function wholeWords(alternatives: string): RegExp {
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives})(?![\\p{L}\\p{N}])`, 'giu');
}

/** Quotation marks; a curly single quote only at a word's start or after punctuation, so "Bushra’s" is no quote. */
export const QUOTE_MARK = /[“”«»"]|(?<![\p{L}\p{N}])‘(?=\p{L})|(?<=[.,!?…])’/gu;

export const ATTRIBUTION_VERB = wholeWords(
  'said|says|say|told|tells|added|adds|highlighted|highlights|explained|stated|claimed|claims|noted|warned|according to|in (?:his|her|their|my) own words',
);

export const ANONYMISED = wholeWords(
  [
    'pseudonyms?',
    'anonymous(?:ly)?',
    'unnamed',
    'unidentified',
    'condition of anonymity',
    '(?:asked|declined|wished) not to be (?:named|identified)',
    'not his real name|not her real name|not their real name',
    'sources?(?= (?:said|says|told|close|familiar))',
    'an? (?:[\\p{L}-]+ ){0,2}(?:source|lawyer|official|spokes(?:person|man|woman)|doctor|officer|resident|witness|activist|expert|diplomat|employee|worker|analyst|insider|relative|neighbour|neighbor)',
  ].join('|'),
);

export const LEGAL = wholeWords(
  'laws?|lawful(?:ly)?|unlawful(?:ly)?|illegal(?:ly)?|legal(?:ly)?|bans?|banned|banning|crimes?|criminal(?:i[sz]ed)?|courts?|acts?|sections?|prohibited|outlawed',
);

const NUMBER_WORD =
  'two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundreds?|thousands?|millions?|billions?|dozens?|half';
const TIME_UNIT = '(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?|centur(?:y|ies))';

export const NUMBER = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:\\p{N}[\\p{N},.]*%?|${NUMBER_WORD})(?: ${TIME_UNIT}(?: ago)?)?(?![\\p{L}\\p{N}])|(?<![\\p{L}\\p{N}])(?:per ?cent|percent)(?![\\p{L}\\p{N}])`,
  'giu',
);

export const QUANTIFIER = wholeWords(
  'often|mostly|many|most|always|never|sometimes|usually|rarely|seldom|majority|minority|everyone|nobody|all of them',
);
