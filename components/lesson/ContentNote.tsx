import InfoOutlined from '@mui/icons-material/InfoOutlined';
import Box from '@mui/material/Box';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';

/** The content note that comes before the report, wherever the report is shown. */
export default function ContentNote({ heading, paragraphs }: { heading: string; paragraphs: string[] }) {
  return (
    <Paper
      variant="outlined"
      component="section"
      aria-labelledby="content-note-heading"
      sx={{ p: { xs: 2.5, sm: 3 }, borderLeft: 6, borderLeftColor: 'secondary.main', display: 'flex', gap: 2 }}
    >
      <InfoOutlined aria-hidden color="secondary" sx={{ mt: 0.5, display: { xs: 'none', sm: 'block' } }} />
      <Box>
        <Typography variant="sectionTitle" id="content-note-heading" sx={{ mb: 1 }}>
          {heading}
        </Typography>
        {paragraphs.map((p) => (
          <Typography key={p} sx={{ mb: 1, '&:last-child': { mb: 0 } }}>
            {p}
          </Typography>
        ))}
      </Box>
    </Paper>
  );
}
