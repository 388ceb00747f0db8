import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';

type Item = { sentenceId: string; text: string; reason: string };

/** The student's marks that are outside the key but a fair answer, each with the lesson's reason. */
export default function AlsoAccepted({ items }: { items: Item[] }) {
  return (
    <Box
      component="section"
      aria-label="Also accepted"
      sx={{ mt: 2, p: 2, borderRadius: 2, border: 1, borderColor: 'success.main' }}
    >
      <Typography sx={{ fontWeight: 700, mb: 0.5 }}>Also accepted</Typography>
      <Box component="ul" sx={{ m: 0, pl: 3, '& li': { mb: 1 } }}>
        {items.map((item) => (
          <li key={item.sentenceId}>
            <Box component="q" sx={{ fontStyle: 'italic' }}>
              {item.text}
            </Box>{' '}
            {item.reason}
          </li>
        ))}
      </Box>
    </Box>
  );
}
