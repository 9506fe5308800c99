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
};

module.exports = nextConfig;
