import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import type { Section } from '@/lib/schemas/lesson';

/** The section's text, verbatim: each paragraph is its sentences joined by a space. */
export default function ReportText({ section }: { section: Section }) {
  return (
    <Box
      component="figure"
      aria-label={`Report text: ${section.title}`}
      sx={{
        m: 0,
        p: { xs: 2, sm: 3 },
        borderRadius: 2,
        bgcolor: 'background.paper',
        border: 1,
        borderColor: 'divider',
        borderLeft: 6,
        borderLeftColor: 'primary.main',
      }}
    >
      <Typography
        component="figcaption"
        sx={{
          fontSize: '0.85rem',
          fontWeight: 700,
          color: 'text.secondary',
          textTransform: 'uppercase',
          letterSpacing: '0.06em',
          mb: 1,
        }}
      >
        The report
      </Typography>
      <Box component="blockquote" sx={{ m: 0 }}>
        {section.paragraphs.map((paragraph) => (
          <Typography
            key={paragraph.id}
            sx={{
              fontSize: { xs: '1.1rem', sm: '1.2rem' },
              lineHeight: 1.7,
              maxWidth: '68ch',
              mb: 1.5,
              '&:last-child': { mb: 0 },
              fontFamily: 'Georgia, "Times New Roman", serif',
            }}
          >
            {paragraph.sentences.map((s) => s.text).join(' ')}
          </Typography>
        ))}
      </Box>
    </Box>
  );
}
