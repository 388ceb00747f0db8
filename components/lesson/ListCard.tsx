import Box from '@mui/material/Box';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';

type Props = { heading: string; level: 'h2' | 'h3'; items: readonly string[]; sx?: object };

/** A titled card with a bulleted list: objectives, discussion norms, how self-study works. */
export default function ListCard({ heading, level, items, sx }: Props) {
  const headingId = `list-${heading.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`;
  return (
    <Paper variant="outlined" component="section" aria-labelledby={headingId} sx={{ p: { xs: 2.5, sm: 3 }, ...sx }}>
      <Typography variant="listCardTitle" component={level} id={headingId} sx={{ mb: 1 }}>
        {heading}
      </Typography>
      <Box component="ul" sx={{ pl: 2.5, m: 0, '& li': { mb: 1 } }}>
        {items.map((item) => (
          <li key={item}>{item}</li>
        ))}
      </Box>
    </Paper>
  );
}
