'use client';
import ChevronRight from '@mui/icons-material/ChevronRight';
import Box from '@mui/material/Box';
import Link from '@mui/material/Link';
import NextLink from 'next/link';

/** "Lesson title › Review" in the header, leading back to the lesson's start page. */
export default function ReviewTrail({ lessonId, title }: { lessonId: string; title: string }) {
  return (
    <Box component="nav" aria-label="Breadcrumb" sx={{ display: 'flex', alignItems: 'center', gap: 0.5, minWidth: 0, color: 'text.secondary' }}>
      <ChevronRight aria-hidden fontSize="small" />
      <Link component={NextLink} href={`/lessons/${lessonId}/`} color="inherit" underline="hover" sx={{ whiteSpace: 'nowrap', overflow: 'hidden', textOverflow: 'ellipsis', minWidth: 0 }}>
        <Box component="span" sx={{ display: { xs: 'none', sm: 'inline' } }}>
          {title}
        </Box>
        <Box component="span" sx={{ display: { xs: 'inline', sm: 'none' } }}>
          Lesson
        </Box>
      </Link>
      <ChevronRight aria-hidden fontSize="small" />
      <Box component="span" aria-current="page" sx={{ color: 'text.primary', fontWeight: 600, whiteSpace: 'nowrap' }}>
        Review
      </Box>
    </Box>
  );
}
