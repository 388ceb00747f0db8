/**
 * The framework floors: three throwaway Next apps built in this run with the project's own node_modules
 * and `next` binary, so a route's first-load JS is compared with what the framework alone costs.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { routeSizes } from './first-load';

export type FloorName = 'next' | 'mui' | 'form';
export const FLOOR_LABELS: Record<FloorName, string> = {
  next: 'Next alone',
  mui: 'Next + MUI theme, Typography, Button',
  form: 'MUI floor + TextField, react-hook-form, zod',
};

const NEXT_CONFIG = (root: string) => `export default {
  output: 'export',
  trailingSlash: true,
  images: { unoptimized: true },
  turbopack: { root: ${JSON.stringify(root)} },
};
`;

const PLAIN_LAYOUT = `export default function RootLayout({ children }) {
  return (<html lang="en"><body>{children}</body></html>);
}
`;

// The same providers as the app's own layout, so the MUI floor carries the theme and emotion cache.
const MUI_LAYOUT = `import { AppRouterCacheProvider } from '@mui/material-nextjs/v16-appRouter';
import CssBaseline from '@mui/material/CssBaseline';
import { ThemeProvider } from '@mui/material/styles';
import theme from './theme';

export default function RootLayout({ children }) {
  return (
    <html lang="en"><body>
      <AppRouterCacheProvider options={{ enableCssLayer: true }}>
        <ThemeProvider theme={theme}><CssBaseline />{children}</ThemeProvider>
      </AppRouterCacheProvider>
    </body></html>
  );
}
`;
const MUI_THEME = `'use client';
import { createTheme } from '@mui/material/styles';
export default createTheme({ cssVariables: { colorSchemeSelector: 'class' }, colorSchemes: { light: true, dark: true } });
`;

const PAGES: Record<FloorName, string> = {
  next: `'use client';
import { useState } from 'react';
export default function Page() {
  const [n, setN] = useState(0);
  return <main><h1>Floor</h1><button onClick={() => setN(n + 1)}>Pressed {n}</button></main>;
}
`,
  mui: `'use client';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
export default function Page() {
  const [n, setN] = useState(0);
  return <main><Typography variant="h1">Floor</Typography><Button variant="contained" onClick={() => setN(n + 1)}>Pressed {n}</Button></main>;
}
`,
  form: `'use client';
import Button from '@mui/material/Button';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
const Schema = z.object({ answer: z.string().min(1, 'Please answer.') });
export default function Page() {
  const { register, handleSubmit, formState } = useForm({ resolver: zodResolver(Schema) });
  return (
    <main>
      <Typography variant="h1">Floor</Typography>
      <form onSubmit={handleSubmit(() => undefined)}>
        <TextField label="Answer" multiline minRows={3} {...register('answer')} error={!!formState.errors.answer} helperText={formState.errors.answer?.message} />
        <Button type="submit" variant="contained">Send</Button>
      </form>
    </main>
  );
}
`,
};

function writeFloor(dir: string, name: FloorName, projectRoot: string) {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(path.join(dir, 'app'), { recursive: true });
  symlinkSync(path.join(projectRoot, 'node_modules'), path.join(dir, 'node_modules'));
  writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ name: `floor-${name}`, private: true }));
  writeFileSync(path.join(dir, 'next.config.mjs'), NEXT_CONFIG(projectRoot));
  writeFileSync(path.join(dir, 'app', 'layout.jsx'), name === 'next' ? PLAIN_LAYOUT : MUI_LAYOUT);
  if (name !== 'next') writeFileSync(path.join(dir, 'app', 'theme.js'), MUI_THEME);
  writeFileSync(path.join(dir, 'app', 'page.jsx'), PAGES[name]);
}

/** Builds (or, with `reuse`, reads an earlier build of) each floor; returns its home page's first-load JS. */
export function buildFloors(projectRoot: string, reuse: boolean): Record<FloorName, number> {
  const sizes = {} as Record<FloorName, number>;
  const nextBin = path.join(projectRoot, 'node_modules', '.bin', 'next');
  for (const name of Object.keys(PAGES) as FloorName[]) {
    const dir = path.join(projectRoot, 'bench-output', 'floors', name);
    if (!reuse || !existsSync(path.join(dir, 'out'))) {
      writeFloor(dir, name, projectRoot);
      execFileSync(nextBin, ['build'], {
        cwd: dir,
        stdio: 'pipe',
        env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
      });
    }
    const home = routeSizes(path.join(dir, 'out')).find((r) => r.route === '/');
    if (!home) throw new Error(`The ${name} floor built no home page.`);
    sizes[name] = home.bytes;
  }
  return sizes;
}
