'use client';
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { useReview } from './ReviewContext';
import { pluralWord } from '@/lib/text/plural';

/** The lesson's rubric levels, their points and what each means. */
export default function RubricGuide({ headingLevel = 'h3' }: { headingLevel?: 'h3' | 'h4' }) {
  const { index } = useReview();
  return (
    <Box>
      <Typography component={headingLevel} variant="asideTitle" sx={{ mb: 1 }}>
        Rubric
      </Typography>
      <Box component="dl" sx={{ m: 0, display: 'grid', gap: 1 }}>
        {index.lesson.rubric.map((level) => (
          <Box key={level.id}>
            <Typography component="dt" sx={{ fontWeight: 700 }}>
              {level.label} ({level.points} {pluralWord(level.points, 'point')})
            </Typography>
            <Typography component="dd" variant="bodySmall" sx={{ m: 0, color: 'text.secondary' }}>
              {level.description}
            </Typography>
          </Box>
        ))}
      </Box>
    </Box>
  );
}
