import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import './globals.css';

export const metadata: Metadata = {
  title: 'Layerlab: why is this Docker image big?',
  description:
    'An in-browser playground that finds out why a Docker image is big and unsafe, and shows how to make it small and safe. Nothing leaves your browser.',
};

export const viewport: Viewport = {
  width: 'device-width',
  initialScale: 1,
  themeColor: [
    { media: '(prefers-color-scheme: light)', color: '#f4f6f9' },
    { media: '(prefers-color-scheme: dark)', color: '#0e1116' },
  ],
};

/**
 * Content-Security-Policy of the static site (a meta tag: a static host may not let us set
 * headers; public/_headers adds what a meta tag cannot, such as frame-ancestors).
 * - script-src: only files from this origin. Next's static export inlines a few bootstrap scripts
 *   per page (the Turbopack chunk list and the React Server Components payload). Their sha256
 *   hashes are computed after the build by scripts/csp-hashes.mjs (run by `npm run build:web`),
 *   which puts a second policy tag at the top of each page: the same policy with the hashes in
 *   place of the 'unsafe-inline' below. The browser enforces both (their intersection), so only
 *   the hashed scripts run. This tag's 'unsafe-inline' only matters after a bare `next build`
 *   without the hashing step (the pages would not start otherwise). This tag stays unchanged
 *   because React hydrates <head> and would re-insert a rewritten copy.
 *   No 'unsafe-eval': the bundled Monaco works without eval (checked by e2e/issues-a11y.spec.ts).
 * - style-src 'unsafe-inline': Monaco positions every line, cursor and widget with inline style
 *   attributes and injects <style> elements at run time (themes, decorations); there is no way
 *   to run it without. Styles cannot execute code.
 * - worker-src 'self': the analysis worker and Monaco's editor worker are files of this site.
 * - connect-src 'self': nothing is ever sent elsewhere (Next fetches its own page payloads).
 * Left out in `next dev`, whose hot reloading needs eval and inline scripts.
 */
const CSP = [
  "default-src 'self'",
  "script-src 'self' 'unsafe-inline'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    // preferences-init.js sets data-theme and lang before React hydrates.
    <html lang="en" suppressHydrationWarning>
      <head>
        {process.env.NODE_ENV === 'production' && <meta httpEquiv="Content-Security-Policy" content={CSP} data-csp="layerlab" />}
        {/* eslint-disable-next-line @next/next/no-sync-scripts -- must run before first paint */}
        <script src="/preferences-init.js" />
      </head>
      <body>{children}</body>
    </html>
  );
}
