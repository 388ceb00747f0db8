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
      <Typography component="figcaption" variant="eyebrow" sx={{ color: 'text.secondary', mb: 1 }}>
        The report
      </Typography>
      <Box component="blockquote" sx={{ m: 0 }}>
        {section.paragraphs.map((paragraph) => (
          <Typography
            key={paragraph.id}
            variant="reportText"
            sx={{ maxWidth: '68ch', mb: 1.5, '&:last-child': { mb: 0 } }}
          >
            {paragraph.sentences.map((s) => s.text).join(' ')}
          </Typography>
        ))}
      </Box>
    </Box>
  );
}
