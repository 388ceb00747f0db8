'use client';
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import type { Theme } from '@mui/material/styles';
import type { MarkHeatMap, SentenceHeat } from '@/lib/review/class-stats';
import { plural } from '@/lib/text/plural';
import { useReview } from '../ReviewContext';
import VisuallyHidden from '@/components/common/VisuallyHidden';

// Five steps from "nobody" to "everybody"; body text keeps at least 4.5:1 contrast on each (7:1 in light).
const LIGHT_STEPS = ['transparent', '#dde8f6', '#c3d7f0', '#a8c5e9', '#8db3e2'];
const DARK_STEPS = ['transparent', '#24344c', '#2c4466', '#345380', '#3c6399'];

/** Key: a solid underline; also accepted: a dashed one in another colour, told apart without colour too. */
function underline(theme: Theme, accepted = false) {
  return {
    textDecoration: accepted ? 'underline dashed' : 'underline',
    textDecorationThickness: '3px',
    textUnderlineOffset: '5px',
    textDecorationColor: accepted ? theme.vars?.palette.info.main : theme.vars?.palette.success.main,
  };
}

const verdict = (heat: SentenceHeat) =>
  heat.inKey ? '; in the key' : heat.accepted ? '; also accepted' : heat.count ? '; not in the key' : '';

function step(count: number, answered: number): number {
  if (!count || !answered) return 0;
  return Math.min(4, 1 + Math.floor((count / answered) * 4 - 1e-9));
}

function Sentence({ heat, answered }: { heat: SentenceHeat; answered: number }) {
  const level = step(heat.count, answered);
  return (
    <Box
      component="span"
      data-heat={heat.inKey ? 'key' : heat.accepted ? 'accepted' : 'not-in-key'}
      sx={(theme: Theme) => ({
        bgcolor: LIGHT_STEPS[level],
        borderRadius: '4px',
        px: '2px',
        boxDecorationBreak: 'clone',
        WebkitBoxDecorationBreak: 'clone',
        ...(heat.inKey && underline(theme)),
        ...(heat.accepted && underline(theme, true)),
        ...theme.applyStyles('dark', { bgcolor: DARK_STEPS[level] }),
      })}
    >
      {heat.sentence.text}
      <Box
        component="span"
        aria-hidden
        sx={{
          display: 'inline-block',
          ml: 0.5,
          px: 0.75,
          borderRadius: 8,
          border: 1,
          borderColor: 'text.secondary',
          fontSize: (theme) => theme.typography.badge.fontSize,
          lineHeight: 1.5,
          fontWeight: 700,
          textDecoration: 'none',
        }}
      >
        {heat.count}
      </Box>
      <VisuallyHidden>{` (marked by ${heat.count} of ${answered}${verdict(heat)})`}</VisuallyHidden>
    </Box>
  );
}

/** The offered sentences, shaded by how many students marked each, with the key underlined. */
export default function MarkHeatMapView({ heat }: { heat: MarkHeatMap }) {
  const { index } = useReview();
  const sectionTitle = (id: string) => index.lesson.sections.find((s) => s.id === id)?.title ?? '';
  return (
    <Box component="figure" sx={{ m: 0 }}>
      <Typography component="figcaption" sx={{ fontWeight: 700, mb: 1 }}>
        What the class marked ({plural(heat.answered, 'student')}; {plural(heat.keySize, 'sentence')} in the key)
      </Typography>
      <Box
        aria-hidden
        sx={{
          display: 'flex',
          flexWrap: 'wrap',
          gap: 2,
          mb: 1.5,
          fontSize: (theme) => theme.typography.small.fontSize,
          color: 'text.secondary',
        }}
      >
        <span>
          <Box component="span" sx={(theme: Theme) => underline(theme)}>
            Underlined
          </Box>
          : in the key
        </span>
        <span>
          <Box component="span" sx={(theme: Theme) => underline(theme, true)}>
            Dashed
          </Box>
          : also accepted
        </span>
        <span>No underline: not in the key (a mark there is wrong)</span>
        <Box component="span" sx={{ display: 'inline-flex', alignItems: 'center', gap: 0.5 }}>
          Fewer
          {[1, 2, 3, 4].map((level) => (
            <Box
              key={level}
              component="span"
              sx={(theme: Theme) => ({
                width: 18,
                height: 14,
                borderRadius: '3px',
                bgcolor: LIGHT_STEPS[level],
                ...theme.applyStyles('dark', { bgcolor: DARK_STEPS[level] }),
              })}
            />
          ))}
          more students
        </Box>
        <span>The number after a sentence: how many marked it</span>
      </Box>
      {heat.paragraphs.map((paragraph, i) => (
        <Box key={paragraph.id}>
          {heat.paragraphs[i - 1]?.sectionId !== paragraph.sectionId &&
            new Set(heat.paragraphs.map((p) => p.sectionId)).size > 1 && (
              <Typography variant="bodySmall" sx={{ fontWeight: 700, mt: i ? 2 : 0, mb: 0.5 }}>
                {sectionTitle(paragraph.sectionId)}
              </Typography>
            )}
          <Typography sx={{ mb: 1.5, lineHeight: 2 }}>
            {paragraph.sentences.map((s, j) => (
              <span key={s.sentence.id}>
                {j > 0 && ' '}
                <Sentence heat={s} answered={heat.answered} />
              </span>
            ))}
          </Typography>
        </Box>
      ))}
    </Box>
  );
}
