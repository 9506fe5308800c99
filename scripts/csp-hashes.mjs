#!/usr/bin/env node
// After `next build`: gives each exported page a second Content-Security-Policy meta tag, at the
// top of <head> (before any script), whose script-src lists the sha256 hash of every inline
// <script> of that page instead of the layout's fallback 'unsafe-inline'. Next's static export
// inlines a few bootstrap scripts per page (Turbopack's chunk list, `self.__next_f` React Server
// Components payload pushes); they differ from page to page, so each page gets its own list.
// Why a second tag rather than rewriting the layout's: React hydrates <head> and matches its meta
// by content; a rewritten tag would be re-inserted next to the original. A browser enforces every
// policy it reads (the intersection), so the layout's tag (app/layout.tsx) keeps the page working
// after a bare `next build`, and this one takes the inline-script allowance away.
// Usage: node scripts/csp-hashes.mjs [out]   (idempotent: replaces its own tag on a re-run)
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { htmlFiles } from './html-files.mjs';

const out = resolve(process.argv[2] ?? 'out');

const META = /<meta\b[^>]*http-equiv="Content-Security-Policy"[^>]*data-csp="layerlab"[^>]*>/i;
const HASHED = /<meta\b[^>]*data-csp="hashes"[^>]*>/gi;
const SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script>/gi;

function decodeEntities(s) {
  return s.replace(/&(#x[0-9a-f]+|#\d+|quot|amp|lt|gt|apos);/gi, (m, e) => {
    const k = e.toLowerCase();
    if (k === 'quot') return '"';
    if (k === 'amp') return '&';
    if (k === 'lt') return '<';
    if (k === 'gt') return '>';
    if (k === 'apos') return "'";
    return String.fromCodePoint(k.startsWith('#x') ? parseInt(k.slice(2), 16) : parseInt(k.slice(1), 10));
  });
}

let pages = 0;
let inlineTotal = 0;
const missing = [];
for (const file of htmlFiles(out).sort()) {
  let html = readFileSync(file, 'utf8').replace(HASHED, '');
  const meta = html.match(META);
  const hashes = new Set();
  for (const m of html.matchAll(SCRIPT)) {
    const attrs = m[1];
    if (/\bsrc\s*=/i.test(attrs)) continue;
    const type = attrs.match(/\btype\s*=\s*"([^"]*)"/i)?.[1];
    if (type && !/^(text|application)\/(javascript|ecmascript)$|^module$/i.test(type)) continue; // data blocks do not run
    hashes.add(`'sha256-${createHash('sha256').update(m[2], 'utf8').digest('base64')}'`);
  }
  inlineTotal += hashes.size;
  if (!meta) {
    if (hashes.size > 0) missing.push(relative(out, file));
    continue;
  }
  const content = decodeEntities(meta[0].match(/\bcontent="([^"]*)"/i)?.[1] ?? '');
  const directives = content
    .split(';')
    .map((d) => d.trim())
    .filter(Boolean)
    .map((d) => (d.startsWith('script-src ') || d === 'script-src' ? ["script-src 'self'", ...hashes].join(' ') : d));
  if (!directives.some((d) => d.startsWith('script-src'))) directives.push(["script-src 'self'", ...hashes].join(' '));
  const tag = `<meta http-equiv="Content-Security-Policy" content="${directives.join('; ').replace(/&/g, '&amp;').replace(/"/g, '&quot;')}" data-csp="hashes"/>`;
  // Right after the charset declaration (which must stay in the first bytes), before any script.
  const charset = html.match(/<meta\s+charSet="utf-8"\s*\/?>/i);
  if (charset) html = html.replace(charset[0], charset[0] + tag);
  else html = html.replace(/<head>/i, '<head>' + tag);
  writeFileSync(file, html);
  pages++;
}

if (missing.length) {
  console.error(`csp-hashes: ${missing.length} pages have inline scripts but no CSP meta tag: ${missing.slice(0, 5).join(', ')}`);
  process.exit(1);
}
console.log(`csp-hashes: ${pages} pages, ${inlineTotal} inline scripts hashed into their Content-Security-Policy`);
