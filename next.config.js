// Static export: the playground is plain files that any static host (or `scripts/serve.mjs`) serves.
/** @type {import('next').NextConfig} */
const nextConfig = {
  output: 'export',
  images: { unoptimized: true },
  // `/` stays `/index.html`; trailing slashes keep future pages (`/lessons/x/`) as directories.
  trailingSlash: true,
  reactStrictMode: true,
  // Nothing in the product talks to a server; do not advertise the framework either.
  poweredByHeader: false,
  turbopack: {
    // @monaco-editor/react's loader falls back to a public CDN; ours only serves the bundled
    // Monaco (components/monaco/setupMonaco.ts), so nothing can be fetched from another host.
    resolveAlias: { '@monaco-editor/loader': './components/monaco/localLoader.ts' },
  },
  // `npm run typecheck` checks the whole project; this escape hatch lets the site build while a
  // file elsewhere in the repository is mid-edit. Off unless asked for.
  typescript: { ignoreBuildErrors: process.env.LAYERLAB_SKIP_TYPECHECK === '1' },
};

module.exports = nextConfig;
