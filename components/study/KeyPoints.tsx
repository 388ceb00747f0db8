'use client';
import LightbulbOutlined from '@mui/icons-material/LightbulbOutlined';
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import type { KeyPoint } from '@/lib/schemas/lesson';

/** The lesson's key points for a question, shown once the student has answered. */
export default function KeyPoints({
  keyPoints,
  heading = 'Key points to compare with',
}: {
  keyPoints: KeyPoint[];
  heading?: string;
}) {
  return (
    <Box
      component="section"
      aria-label={heading}
      sx={{ mt: 2, p: 2, borderRadius: 2, bgcolor: 'action.hover', border: 1, borderColor: 'divider' }}
    >
      <Typography sx={{ fontWeight: 700, display: 'flex', alignItems: 'center', gap: 1, mb: 0.5 }}>
        <LightbulbOutlined fontSize="small" aria-hidden /> {heading}
      </Typography>
      <Box component="ul" sx={{ m: 0, pl: 3, '& li': { mb: 0.5 } }}>
        {keyPoints.map((kp) => (
          <li key={kp.text}>{kp.text}</li>
        ))}
      </Box>
    </Box>
  );
}
