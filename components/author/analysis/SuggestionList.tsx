'use client';
import CheckCircleOutlined from '@mui/icons-material/CheckCircleOutlined';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import { isApplied, matchPerson, suggestedSpeaker, type SentenceInContext } from '@/lib/author/draft-analysis';
import type { Suggestion, SuggestionKind } from '@/lib/author/suggest';
import { SUGGESTED_TAG } from '@/lib/author/vocabulary';
import { TAG_LABELS } from '@/lib/lessons/analysis';
import type { DraftPerson } from '@/lib/schemas/lesson-draft';

const TITLES: Record<SuggestionKind, string> = {
  'direct-quote': 'A direct quote',
  speaker: 'A speaker',
  anonymised: 'Someone anonymised',
  'legal-claim': 'A legal claim',
  'statistic-or-generalisation': 'A statistic or generalisation',
};

/** What accepting does, in words, so the button says what will change. */
function acceptLabel(suggestion: Suggestion, people: DraftPerson[]): string | null {
  if (suggestion.kind === 'direct-quote') return 'Accept: kind is direct quote';
  const tag = SUGGESTED_TAG[suggestion.kind];
  if (tag) return `Accept: tag ${TAG_LABELS[tag]}`;
  const name = suggestedSpeaker(suggestion);
  if (!name) return null;
  const person = matchPerson(people, name);
  return person ? `Accept: voice is ${person.name}` : `Accept: add “${name}” and make it the voice`;
}

type Props = { item: SentenceInContext; people: DraftPerson[]; onAccept: (suggestion: Suggestion) => void };

/** The suggestions for one sentence, each with why it was made and a button to accept it. */
export default function SuggestionList({ item, people, onAccept }: Props) {
  if (item.suggestions.length === 0)
    return <Typography color="text.secondary">No suggestions for this sentence: choose below.</Typography>;
  return (
    <Box component="ul" aria-label="Suggestions" sx={{ listStyle: 'none', p: 0, m: 0, display: 'grid', gap: 1.5 }}>
      {item.suggestions.map((suggestion, i) => {
        const applied = isApplied(suggestion, item.sentence, people);
        const label = acceptLabel(suggestion, people);
        return (
          <Box
            component="li"
            key={`${suggestion.kind}-${i}`}
            sx={{ p: 1.5, border: 1, borderColor: 'divider', borderRadius: 1 }}
          >
            <Typography sx={{ fontWeight: 700 }}>{TITLES[suggestion.kind]}?</Typography>
            <Typography variant="bodySmall" component="p" sx={{ mb: 1 }}>
              {suggestion.why}
            </Typography>
            {applied ? (
              <Typography
                variant="note"
                sx={{ display: 'inline-flex', alignItems: 'center', gap: 0.5, color: 'success.main' }}
              >
                <CheckCircleOutlined fontSize="small" aria-hidden /> In your analysis
              </Typography>
            ) : (
              label && (
                <Button size="small" variant="outlined" onClick={() => onAccept(suggestion)}>
                  {label}
                </Button>
              )
            )}
          </Box>
        );
      })}
    </Box>
  );
}
