'use client';
import Box from '@mui/material/Box';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';

export type TaskTableRow = { key: string; student: string; cells: string[] };

/**
 * A scrollable table of the class's entries for one claim or one student: a row per entry, the
 * student first. Cells are the students' own text, shown as text (never as links or markup).
 */
export default function TaskTable({
  id,
  caption,
  summary,
  columns,
  rows,
}: {
  id: string;
  caption: string;
  summary?: string;
  columns: string[];
  rows: TaskTableRow[];
}) {
  return (
    <Box
      role="region"
      aria-labelledby={`${id}-caption`}
      tabIndex={0}
      sx={{ overflowX: 'auto', '&:focus-visible': { outline: '3px solid', outlineColor: 'primary.main' } }}
    >
      <Table size="small" sx={{ minWidth: 720 }}>
        <caption id={`${id}-caption`} style={{ captionSide: 'top', textAlign: 'left', padding: '0 0 8px' }}>
          <Typography component="span" sx={{ fontWeight: 700, display: 'block' }}>
            {caption}
          </Typography>
          {summary && (
            <Typography component="span" variant="bodySmall" color="text.secondary" sx={{ display: 'block' }}>
              {summary}
            </Typography>
          )}
        </caption>
        <TableHead>
          <TableRow>
            <TableCell scope="col">Student</TableCell>
            {columns.map((c) => (
              <TableCell scope="col" key={c}>
                {c}
              </TableCell>
            ))}
          </TableRow>
        </TableHead>
        <TableBody>
          {rows.map((row) => (
            <TableRow key={row.key}>
              <TableCell component="th" scope="row" sx={{ fontWeight: 700, whiteSpace: 'nowrap' }}>
                {row.student}
              </TableCell>
              {row.cells.map((cell, i) => (
                <TableCell
                  key={columns[i]}
                  sx={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere', verticalAlign: 'top' }}
                >
                  {cell || '—'}
                </TableCell>
              ))}
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </Box>
  );
}
