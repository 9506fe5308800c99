import type { Rule } from '../types';
import { runSites } from '../correctness/_run-scan';
import { isBuildPackage, packageInstall, removesPackages } from './_packages';
import { repoName, rootStage, shippedStages, stageChain } from './_stages';
import type { DockerfileModel, Stage } from '../../model/types';

/** Toolchain images and what to ship instead. */
const TOOLCHAIN_IMAGES: Record<string, string> = {
  golang: 'build in a golang stage and copy the binary onto gcr.io/distroless/static or scratch (a few MB instead of ~800 MB)',
  rust: 'build in a rust stage and copy the binary onto debian:*-slim or distroless/cc (~30 MB instead of ~1.5 GB)',
  maven: 'build in a maven stage and copy the jar onto eclipse-temurin:*-jre (~250 MB instead of ~500-800 MB)',
  gradle: 'build in a gradle stage and copy the jar onto eclipse-temurin:*-jre (~250 MB instead of ~600-900 MB)',
  'dotnet/sdk': 'publish in an sdk stage and run on mcr.microsoft.com/dotnet/aspnet or runtime (~200 MB instead of ~800 MB)',
};

/** Commands that run the toolchain itself: an image that starts one of them needs the toolchain at run time. */
const TOOLCHAIN_COMMANDS: Record<string, RegExp> = {
  golang: /^(?:go|air|gow|reflex)$/,
  rust: /^(?:cargo|rustc|cargo-watch)$/,
  maven: /^(?:mvn|mvnw)$/,
  gradle: /^(?:gradle|gradlew)$/,
  'dotnet/sdk': /^dotnet (?:run|watch|test|build|ef)$/,
};

/** The words of the CMD and ENTRYPOINT the final stage runs with (its own, or inherited along the stage chain). */
function startWords(model: DockerfileModel, final: Stage): string[] {
  let cmd: string[] = [];
  let entry: string[] = [];
  for (const stage of stageChain(model, final)) {
    for (const ins of stage.instructions) {
      if (ins.keyword !== 'CMD' && ins.keyword !== 'ENTRYPOINT') continue;
      // shell form and `sh -c "..."` strings: split the command text into words
      const words = (ins.json ?? ins.words.map((w) => w.value)).flatMap((w) => w.split(/[\s;&|()'"]+/)).filter(Boolean);
      if (ins.keyword === 'CMD') cmd = words;
      else entry = words;
    }
  }
  return [...entry, ...cmd];
}

/** True when the image's start command runs the toolchain (a dev server, a test runner, `mvn spring-boot:run`). */
function startsToolchain(model: DockerfileModel, final: Stage, key: string): boolean {
  const pattern = TOOLCHAIN_COMMANDS[key];
  if (!pattern) return false;
  const words = startWords(model, final).map((w) => w.split('/').pop() ?? w);
  return words.some((w, i) => pattern.test(w) || pattern.test(`${w} ${words[i + 1] ?? ''}`));
}

export const rule: Rule = {
  id: 'build-tools-in-final-stage',
  title: 'Build tools shipped in the final image',
  category: 'size',
  severity: 'info',
  aliases: [],
  lesson: 'multi-stage',
  explanation:
    'Compilers, headers (-dev packages) and build systems are needed to build the application, not to run it. Installed in the final stage, they stay in the image: more to pull, more to store, more programs an attacker could use. Build in an earlier stage and copy only the result into a slim final stage.',
  examples: {
    bad: 'FROM python:3.12-slim\nRUN apt-get update && apt-get install -y --no-install-recommends build-essential libpq-dev \\\n && rm -rf /var/lib/apt/lists/*\nCOPY requirements.txt .\nRUN pip install --no-cache-dir -r requirements.txt',
    good:
      'FROM python:3.12-slim AS build\nRUN apt-get update && apt-get install -y --no-install-recommends build-essential libpq-dev \\\n && rm -rf /var/lib/apt/lists/*\nCOPY requirements.txt .\nRUN pip wheel --no-cache-dir -w /wheels -r requirements.txt\n\nFROM python:3.12-slim\nRUN apt-get update && apt-get install -y --no-install-recommends libpq5 && rm -rf /var/lib/apt/lists/*\nCOPY --from=build /wheels /wheels\nRUN pip install --no-cache-dir /wheels/*',
  },
  check(ctx) {
    const { model } = ctx;
    if (!model.stages.length) return;
    const shipped = shippedStages(model);
    const final = model.stages[model.stages.length - 1];
    const root = rootStage(model, final);
    const repo = repoName(root);
    const key = root.image.registry === 'mcr.microsoft.com' ? repo.replace(/^dotnet\/(sdk)$/, 'dotnet/sdk') : root.image.registry ? '' : repo;
    if (!root.image.unresolved && TOOLCHAIN_IMAGES[key] && !startsToolchain(model, final, key)) {
      ctx.report({
        span: root.from.span,
        message: `The final image is ${root.image.raw}, a full build toolchain: ${TOOLCHAIN_IMAGES[key]}.`,
      });
    }
    const jdk = /^(?:eclipse-temurin|amazoncorretto|openjdk)$/.test(repo) && /(?:^|-)jdk(?:-|$)/.test(root.image.tag ?? '');
    if (jdk && !root.image.registry) {
      ctx.report({
        span: root.from.span,
        message: `The final image is ${root.image.raw}, a full JDK (compiler and tools): run on the -jre variant, typically 150-250 MB smaller.`,
      });
    }
    for (const site of runSites(model)) {
      if (site.onbuild || !shipped.has(site.run.stageIndex)) continue;
      if (site.commands.some(({ cmd }) => removesPackages(cmd))) continue;
      const tools = new Set<string>();
      for (const { cmd } of site.commands) {
        const inst = packageInstall(cmd);
        if (inst) for (const p of inst.packages) if (isBuildPackage(p)) tools.add(p);
      }
      if (!tools.size) continue;
      const list = [...tools].slice(0, 5).join(', ') + (tools.size > 5 ? ', ...' : '');
      ctx.report({
        span: site.ins.span,
        message: `${list} ${tools.size === 1 ? 'is a build tool' : 'are build tools'} and ${tools.size === 1 ? 'stays' : 'stay'} in the final image (a compiler toolchain is typically 150-250 MB on Debian, a -dev package 1-50 MB): install ${tools.size === 1 ? 'it' : 'them'} in a build stage and copy only the result, or remove ${tools.size === 1 ? 'it' : 'them'} in the same RUN.`,
      });
    }
  },
};
