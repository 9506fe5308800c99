/**
 * COPY/ADD: context copies are unknown by nature (a default with a wide range, or the context
 * size the user typed); manifests and lock files are small; `COPY --from=stage path` carries
 * what that stage wrote under the path, not the stage's total.
 */
import type { Confidence } from '../types';
import type { Instruction } from '../model/types';
import { def, type DefaultEntry } from './data';
import { normPath, type VfsEntry } from './vfs';
import type { StageState } from './state';
import { write, type LayerContext } from './run';
import { formatBytes, groupThousands } from './units';
import { cleanPath, parseDockerIgnore } from '../model/dockerignore';
import { matchContext, type BuildContext } from './context';

const LOCK = /(^|\/)(package-lock\.json|npm-shrinkwrap\.json|yarn\.lock|pnpm-lock\.yaml|poetry\.lock|Pipfile\.lock|uv\.lock|Cargo\.lock|Gemfile\.lock|composer\.lock|go\.sum|gradle\.lockfile|mix\.lock)$/i;
const MANIFEST = /(^|\/)(requirements[\w.-]*\.(txt|in)|constraints\.txt|package\*?\.json|package\.json|go\.mod|Gemfile|Pipfile|pyproject\.toml|setup\.(py|cfg)|Cargo\.toml|composer\.json|pom\.xml|build\.gradle(\.kts)?|settings\.gradle(\.kts)?|\.npmrc|\.yarnrc(\.yml)?|Makefile|Dockerfile|[\w.-]+\.(conf|cfg|ini|ya?ml|json|toml|sh|env|properties|xml|txt|md|py|js|ts|rb|php|sql|pem|crt|key|html|css))$/i;

export interface CopyOptions {
  contextBytes: number | null;
  /** the build context's files, when known: sources are measured, not guessed */
  context: BuildContext | null;
  stages: Map<string, StageState>;
}

function sourceStage(ins: Instruction, opts: CopyOptions): { state: StageState | null; external: string | null } {
  const from = ins.flags.find((f) => f.name === 'from')?.value;
  if (!from) return { state: null, external: null };
  const st = opts.stages.get(from.toLowerCase());
  return st ? { state: st, external: null } : { state: null, external: from };
}

/** Typical size of what lives at a path when nothing tracked says otherwise. */
export function defaultForPath(path: string): { d: DefaultEntry; what: string } {
  const p = path.toLowerCase();
  if (/node_modules/.test(p)) return { d: def('npmNodeModulesProd'), what: 'node_modules' };
  if (/venv|site-packages|dist-packages|\/\.local$|\/\.local\//.test(p)) return { d: def('pipRequirementsUnknown'), what: 'Python packages' };
  if (/\.(jar|war|ear)$/.test(p)) return { d: def('jar'), what: 'JAR' };
  if (LOCK.test(p)) return { d: def('lockFile'), what: 'lock file' };
  if (MANIFEST.test(p)) return { d: def('smallFile'), what: 'file' };
  if (/\/(dist|build|out|\.next|public|static|html|www)(\/|$)/.test(p)) return { d: [20e6, 1e6, 300e6, 'guessed', 'build output'], what: 'build output' };
  if (/\/target\/[^/]+\/[^/.]+$/.test(p)) return { d: def('rustBinary'), what: 'Rust binary' };
  if (/\/(bin|release)\/[^/.]+$|^\/[^/.]+$|\/(server|app|main|manager|api)$/.test(p)) return { d: def('goBinary'), what: 'binary' };
  if (/\.[a-z0-9]{1,5}$/.test(p)) return { d: [50e3, 1e3, 5e6, 'guessed', 'a file'], what: 'file' };
  return { d: def('contextDir'), what: 'directory' };
}

export function analyseCopy(ins: Instruction, ctx: LayerContext, opts: CopyOptions): void {
  const s = ctx.state;
  const words = ins.words.map((w) => w.value);
  if (ins.json) words.splice(0, words.length, ...ins.json);
  const dest = words.length > 1 ? words[words.length - 1] : '.';
  const destPath = normPath(dest.replace(/\$\{?(\w+)\}?/g, (m, v: string) => s.env[v] ?? m), s.workdir);
  if (ins.heredocs.length) {
    for (const h of ins.heredocs) write(ctx, destPath, h.content.length, h.content.length, h.content.length, `inline file, ${formatBytes(h.content.length)}`, 'known', 'context');
    return;
  }
  const sources = words.slice(0, -1);
  const { state: from, external } = sourceStage(ins, opts);
  const chmodTag = ins.flags.some((f) => f.name === 'chmod' || f.name === 'chown');
  void chmodTag; // --chown/--chmod set ownership while copying: no extra layer, no waste
  for (const src of sources) {
    // a destination ending in '/', '.' or naming the workdir is a directory: files land inside it
    const destIsDir = sources.length > 1 || /(^|\/)\.?\/?$/.test(dest) || destPath === s.workdir;
    const target = destIsDir && !isContextRoot(src) ? `${destPath}/${src.split('/').filter(Boolean).pop() ?? ''}`.replace(/\/$/, '') : destPath;
    if (from) copyFromStage(ctx, from, src, target);
    else if (external) {
      const { d, what } = defaultForPath(normPath(src));
      write(ctx, target, d[0], d[1], d[2], `${what} from image ${external}, ${formatBytes(d[0])}`, 'guessed', 'stage');
    } else if (isRemote(src)) copyFromContext(ctx, ins, src, target, opts);
    else {
      const context = opts.context;
      if (context?.files) copyMeasured(ctx, ins, src, target, context.files, context.partial);
      else copyFromContext(ctx, ins, src, target, opts);
      if (context) recordTexts(ctx, context, src, target, destPath, destIsDir);
    }
  }
}

const isContextRoot = (src: string) => /^(\.\/?|\*|\.\/\*)$/.test(src);

const isRemote = (src: string) => /^(https?|ftp):\/\//.test(src) || /^git@/.test(src);
const archive = (ins: Instruction, src: string) => (ins.keyword === 'ADD' && /\.(tar(\.\w+)?|tgz|tbz2?|txz)$/.test(src) ? 2.5 : 1);

/** A COPY from a context whose files are known: the bytes of what the source matches. */
function copyMeasured(ctx: LayerContext, ins: Instruction, src: string, target: string, files: Readonly<Record<string, number>>, partial: boolean): void {
  const clean = cleanPath(src.replace(/^\/+/, ''));
  const m = matchContext(files, src);
  const extract = archive(ins, src);
  const bytes = m.bytes * extract;
  const conf: Confidence = partial || extract > 1 ? 'estimated' : 'known';
  // a source missing from the context keeps a 1-byte ceiling, so the layer still says why it is empty
  const high = partial ? Math.max(bytes * 2, bytes + def('contextCopy')[0]) : Math.max(bytes, m.files ? 0 : 1);
  const what = isContextRoot(src) ? 'build context as measured'
    : m.files === 0 ? `${src}: not in the build context (after .dockerignore), so the build fails here`
    : clean in files ? `${src} (file${extract > 1 ? ', extracted' : ''}, measured)` : `${src} (${m.files} file${m.files === 1 ? '' : 's'}, measured)`;
  const count = isContextRoot(src) ? ` (${groupThousands(m.files)} file${m.files === 1 && !partial ? '' : 's'}${partial ? ' or more' : ''})` : '';
  write(ctx, target, bytes, bytes, high, `${what}${count}, ${formatBytes(bytes)}`, conf, 'context');
}

/** Where the readable dependency lists land, so a later `pip install -r` finds their text. */
function recordTexts(ctx: LayerContext, context: BuildContext, src: string, target: string, destPath: string, destIsDir: boolean): void {
  const clean = cleanPath(src.replace(/^\/+/, ''));
  for (const t of Object.keys(context.texts)) {
    const at = landing(t, clean, src, target, destPath, destIsDir);
    if (at) ctx.state.contextFiles.set(at, t);
  }
}

/** The image path a context file lands at when COPY takes `src`, or null when it does not. */
function landing(file: string, clean: string, src: string, target: string, destPath: string, destIsDir: boolean): string | null {
  if (isContextRoot(src) || clean === '') return normPath(file, destPath);
  if (file === clean) return target;
  if (file.startsWith(`${clean}/`)) return normPath(file.slice(clean.length + 1), destPath);
  if (!/[*?[\\]/.test(clean)) return null;
  const pattern = parseDockerIgnore(clean);
  if (!pattern.ignores(file)) return null;
  const parts = file.split('/');
  // the matched entry is the file itself or the directory at the pattern's depth
  const depth = clean.split('/').length;
  const rest = parts.slice(depth).join('/');
  return rest ? normPath(rest, destPath) : destIsDir ? normPath(parts[parts.length - 1], destPath) : destPath;
}

function copyFromContext(ctx: LayerContext, ins: Instruction, src: string, target: string, opts: CopyOptions): void {
  if (isRemote(src)) {
    const d = def('download');
    return write(ctx, target, d[0], d[1], d[2], `ADD of ${src.replace(/^\w+:\/\//, '').split('/')[0]} download, ${formatBytes(d[0])}`, d[3], 'context');
  }
  if (isContextRoot(src)) {
    if (opts.contextBytes != null) {
      const b = opts.contextBytes;
      return write(ctx, target, b, b * 0.9, b * 1.1, `build context as you sized it, ${formatBytes(b)}`, 'estimated', 'context');
    }
    const d = def('contextCopy');
    return write(ctx, target, d[0], d[1], d[2], `build context (size unknown: type it in), ${formatBytes(d[0])}`, 'guessed', 'context');
  }
  const guess = defaultForPath(normPath(src.replace(/\*/g, 'x')));
  // in the context, a name without extension is a source directory far more often than a binary
  const { d, what } = guess.what === 'binary' ? { d: def('contextDir'), what: 'directory' } : guess;
  // ADD auto-extracts local tar archives
  const extract = archive(ins, src);
  let [bytes, low, high] = [d[0] * extract, d[1] * extract, d[2] * extract];
  if (opts.contextBytes != null) [bytes, low, high] = [Math.min(bytes, opts.contextBytes), Math.min(low, opts.contextBytes), Math.min(high, opts.contextBytes)];
  const both = /package\*\.json/.test(src) ? def('lockFile')[0] : 0; // package*.json brings the lock file along
  write(ctx, target, bytes + both, low, high + both, `${src} (${what}${extract > 1 ? ', extracted' : ''}), ${formatBytes(bytes + both)}`, what === 'file' || what === 'lock file' ? 'estimated' : d[3], 'context');
}

function copyFromStage(ctx: LayerContext, from: StageState, src: string, target: string): void {
  const raw = normPath(src.replace(/\$\{?(\w+)\}?/g, (m, v: string) => from.env[v] ?? m), from.workdir);
  const path = raw.replace(/python3\.\d+/g, 'python3');
  const stageLabel = `stage ${from.name}`;
  if (path === '/') {
    const total = from.vfs.total();
    const low = from.vfs.entries.reduce((a, e) => a + e.low, 0), high = from.vfs.entries.reduce((a, e) => a + e.high, 0);
    return write(ctx, target, total, low, high, `all of ${stageLabel}, ${formatBytes(total)}`, 'estimated', 'stage');
  }
  const u = from.vfs.under(path);
  if (u.bytes > 0) {
    const conf: Confidence = u.labels.some((l) => from.confidence.get(l) === 'guessed') ? 'guessed' : 'estimated';
    return write(ctx, target, u.bytes, u.low, u.high, `${raw} from ${stageLabel} (${u.labels[0].split(',')[0]}), ${formatBytes(u.bytes)}`, conf, 'stage');
  }
  const { d, what } = defaultForPath(raw);
  const narrowest = u.covering.sort((a, b) => b.path.length - a.path.length)[0] as VfsEntry | undefined;
  // a path inside something a RUN wrote (a build's output dir) is most of that output
  if (narrowest && narrowest.origin === 'run' && !/^\/usr\/\.(apt|apk|rpm)/.test(narrowest.path)) {
    return write(ctx, target, narrowest.bytes, narrowest.low, narrowest.high, `${raw} from ${stageLabel} (${narrowest.label.split(',')[0]}), ${formatBytes(narrowest.bytes)}`, 'guessed', 'stage');
  }
  const cap = narrowest ? narrowest.bytes : Infinity;
  const bytes = Math.min(d[0], cap), low = Math.min(d[1], cap), high = Math.min(d[2], cap);
  write(ctx, target, bytes, low, high, `${raw} from ${stageLabel} (${what}, size not tracked), ${formatBytes(bytes)}`, 'guessed', 'stage');
}
