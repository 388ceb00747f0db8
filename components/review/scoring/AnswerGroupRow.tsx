'use client';
import CancelOutlined from '@mui/icons-material/CancelOutlined';
import CheckCircleOutlined from '@mui/icons-material/CheckCircleOutlined';
import AddCircleOutlined from '@mui/icons-material/AddCircleOutlined';
import HelpOutlineOutlined from '@mui/icons-material/HelpOutlineOutlined';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { useId, useState, type ReactNode } from 'react';
import type { GroupItem, ItemVerdict } from '@/lib/review/answer-groups';
import { plural } from '@/lib/text/plural';
import type { Suggestion } from '@/lib/review/suggested-score';
import SuggestedScoreChip from './SuggestedScoreChip';

type Props = {
  /** `groupItems(index, located, group.itemIds)`. */
  items: readonly GroupItem[];
  /** The names of the group's students, in class order. */
  studentNames: readonly string[];
  /** Of how many answers in all, for "12 of 30 answers". */
  answered: number;
  headingLevel: 'h3' | 'h4';
  /** The key's suggestion for this answer; the accept button shows only with `onAcceptSuggestion`. */
  suggestion?: Pick<Suggestion, 'level' | 'reason' | 'alsoAccepted'> | null;
  /** Accept the suggestion for every unscored student of the group. */
  onAcceptSuggestion?(): void;
  /** The group's score and comment controls, applied to each student of the group. */
  children?: ReactNode;
};

const VERDICTS: Record<ItemVerdict, { label: string; icon: ReactNode }> = {
  'in-key': { label: 'In the key', icon: <CheckCircleOutlined fontSize="small" color="success" aria-hidden /> },
  'also-accepted': { label: 'Also accepted', icon: <AddCircleOutlined fontSize="small" color="success" aria-hidden /> },
  'not-in-key': { label: 'Not in the key', icon: <CancelOutlined fontSize="small" color="error" aria-hidden /> },
  removed: { label: 'No longer in the lesson', icon: <HelpOutlineOutlined fontSize="small" aria-hidden /> },
};

/** One distinct answer to a choice or marking question: what was chosen, how many chose it, and who. */
export default function AnswerGroupRow({
  items,
  studentNames,
  answered,
  headingLevel,
  suggestion,
  onAcceptSuggestion,
  children,
}: Props) {
  const headingId = useId();
  const namesId = useId();
  const [namesOpen, setNamesOpen] = useState(false);
  const count = studentNames.length;
  return (
    <Paper
      variant="outlined"
      component="section"
      aria-labelledby={headingId}
      // Rows off screen are not laid out or painted until scrolled to, as the answer cards.
      sx={{ p: { xs: 2, sm: 2.5 }, minWidth: 0, contentVisibility: 'auto', containIntrinsicSize: 'auto 260px' }}
    >
      <Typography
        id={headingId}
        component={headingLevel}
        variant="h3"
        sx={{ fontSize: (theme) => theme.typography.groupTitle.fontSize, mb: 1 }}
      >
        {plural(count, 'student')} gave this answer{' '}
        <Box component="span" sx={{ fontWeight: 400, color: 'text.secondary' }}>
          ({count.toLocaleString('en')} of {plural(answered, 'answer')})
        </Box>
      </Typography>
      <Box component="ul" sx={{ listStyle: 'none', m: 0, p: 0, display: 'grid', gap: 0.75 }}>
        {items.map((item) => (
          <Box component="li" key={item.id} sx={{ display: 'flex', gap: 1, alignItems: 'flex-start' }}>
            <Box component="span" sx={{ display: 'inline-flex', pt: 0.25 }}>
              {VERDICTS[item.verdict].icon}
            </Box>
            <span>
              {item.text}{' '}
              <Box
                component="span"
                sx={{ color: 'text.secondary', fontSize: (theme) => theme.typography.note.fontSize }}
              >
                ({VERDICTS[item.verdict].label}
                {item.note ? `: ${item.note}` : ''})
              </Box>
            </span>
          </Box>
        ))}
      </Box>
      {suggestion && (
        <Box sx={{ mt: 1.5 }}>
          <SuggestedScoreChip
            suggestion={suggestion}
            onAccept={onAcceptSuggestion}
            studentName={count === 1 ? studentNames[0] : `these ${plural(count, 'student')}`}
          />
        </Box>
      )}
      <Box sx={{ mt: 1 }}>
        <Button
          size="small"
          aria-expanded={namesOpen}
          aria-controls={namesId}
          onClick={() => setNamesOpen(!namesOpen)}
          sx={{ ml: -1 }}
        >
          {namesOpen ? 'Hide the students' : `Show the ${plural(count, 'student')}`}
        </Button>
        {/* Always in the page (hidden when closed) so that aria-controls points at something. */}
        <Box id={namesId} hidden={!namesOpen} component="p" sx={{ m: 0, overflowWrap: 'anywhere' }}>
          {studentNames.join(', ')}
        </Box>
      </Box>
      {children && <Box sx={{ mt: 2 }}>{children}</Box>}
    </Paper>
  );
}
