import Box from '@mui/material/Box';

/**
 * The fields of one chart row or search, side by side from a medium screen up. Aligned at the
 * bottom: a label that wraps does not push its box below its neighbour's.
 */
export default function TaskFieldGrid({ columns, children }: { columns: number; children: React.ReactNode }) {
  return (
    <Box
      sx={{
        display: 'grid',
        gap: 2,
        alignItems: 'end',
        gridTemplateColumns: { xs: '1fr', md: `repeat(${columns}, minmax(0, 1fr))` },
      }}
    >
      {children}
    </Box>
  );
}
