import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import type { ReactNode } from 'react';
import type { GuideItem } from '@/lib/schemas/lesson';

/** A titled part of the guide; `id` makes it a landmark a screen reader can jump to. */
export function GuideSection({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <Box component="section" aria-labelledby={id} sx={{ mt: 4, breakInside: 'avoid-page' }}>
      <Typography variant="h2" id={id} sx={{ fontSize: '1.5rem', mb: 1.5 }}>
        {title}
      </Typography>
      {children}
    </Box>
  );
}

export function SubHeading({ children }: { children: ReactNode }) {
  return (
    <Typography variant="h3" sx={{ fontSize: '1.15rem', mt: 2, mb: 0.5 }}>
      {children}
    </Typography>
  );
}

/** A bulleted list; items a teacher must check for their own school or country say so in words. */
export function GuideList({ items }: { items: readonly (GuideItem | string)[] }) {
  return (
    <Box component="ul" sx={{ pl: 2.5, my: 0.5, '& li': { mb: 0.75 } }}>
      {items.map((item) => {
        const { text, verifyLocally } = typeof item === 'string' ? { text: item, verifyLocally: false } : item;
        return (
          <li key={text}>
            {verifyLocally && (
              <Box component="strong" sx={{ color: 'warning.dark', mr: 0.5 }}>
                Check locally:
              </Box>
            )}
            {text}
          </li>
        );
      })}
    </Box>
  );
}

const cell = { border: '1px solid', borderColor: 'divider', p: 0.75, textAlign: 'left', verticalAlign: 'top' };

/** A plain table that wraps its text instead of overflowing the page. */
export function GuideTable({ caption, head, rows }: { caption: string; head: string[]; rows: ReactNode[][] }) {
  return (
    <Box
      component="table"
      sx={{
        width: '100%',
        tableLayout: 'fixed',
        borderCollapse: 'collapse',
        overflowWrap: 'anywhere',
        my: 1,
        '& th, & td': cell,
        '& caption': { textAlign: 'left', fontWeight: 700, mb: 0.5 },
      }}
    >
      <caption>{caption}</caption>
      <thead>
        <tr>
          {head.map((h) => (
            <th key={h} scope="col">
              {h}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row, i) => (
          <tr key={i}>
            {row.map((c, j) => (
              <td key={j}>{c}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </Box>
  );
}
