import type { NextConfig } from 'next';

// A static export: the app is plain files that any school web server (or `npm start`) can serve.
// There is no server-side code at run time, so student answers cannot leave the browser by accident.
const nextConfig: NextConfig = {
  output: 'export',
  trailingSlash: true,
  images: { unoptimized: true },
  poweredByHeader: false,
  // The stylesheet (fonts and a few global rules, about 1.5 KB) goes into each page: no request holds up
  // the first paint.
  experimental: { inlineCss: true },
};

export default nextConfig;
