import type { Instruction } from '../../model/types';
import type { ShellCommand } from '../../shell/types';
import { Changes, commandsOf, editableScript } from '../edit';
import { familyOf, repoName, tagVersion } from '../facts';
import { fromLine, METADATA, packagesOnly, replaceStage, splitPackages, resolvePath, SHARED, singleStage, source, startCommand, workdirAt, writerFor } from '../multistage';
import type { Pass } from '../types';

const JRES = new Set([8, 11, 17, 21, 25]);

/** The Java major version of a JDK/build image tag: maven:3.9-eclipse-temurin-17 -> 17, openjdk:11 -> 11, gradle:8-jdk21 -> 21. */
export function javaVersion(repo: string, tag: string): number | null {
  const m = /(?:jdk|temurin|openjdk|corretto|java)-?(\d+)/.exec(tag);
  if (m) return Number(m[1]);
  if (['openjdk', 'eclipse-temurin', 'amazoncorretto'].includes(repo)) return tagVersion(tag)?.[0] ?? null;
  return null;
}

function isBuild(c: ShellCommand): boolean {
  const tool = c.base === 'mvn' || c.base === 'mvnw' || c.base === 'gradle' || c.base === 'gradlew';
  return tool && c.args.some((a) => ['package', 'install', 'verify', 'build', 'bootJar', 'assemble', 'shadowJar', 'jar'].includes(a));
}

/** Packages only a Java build needs. */
const JAVA_BUILD_ONLY = /^(maven|gradle|git|curl|wget|unzip|zip|ca-certificates|openjdk-\d+-jdk(-headless)?|default-jdk)$/;

export const pass: Pass = {
  id: 'multi-stage-java',
  title: 'Multi-stage build for a Java app',
  risk: 'structural',
  lesson: 'multi-stage',
  resolves: [],
  profiles: ['recommended', 'smallest'],
  apply({ model }) {
    const changes = new Changes(this);
    const stage = singleStage(model);
    if (!stage || stage.image.registry || !stage.image.tag) return changes.output();
    const repo = repoName(stage);
    if (!['maven', 'gradle', 'openjdk', 'eclipse-temurin', 'amazoncorretto'].includes(repo) || familyOf(model, stage) !== 'debian') return changes.output();
    const version = javaVersion(repo, stage.image.tag);
    if (version === null || !JRES.has(version)) return changes.output();
    const list = stage.instructions.slice(1);
    let build: Instruction | null = null;
    for (const ins of list) {
      if (ins.keyword !== 'RUN') continue;
      const cmds = commandsOf(editableScript(model, ins)!);
      if (cmds.some(isBuild)) {
        if (build) return changes.output();
        build = ins;
      } else if (!cmds.every((c) => ['mvn', 'mvnw', 'gradle', 'gradlew', 'chmod'].includes(c.base)) && !packagesOnly(model, ins)) {
        return changes.output();
      }
    }
    if (!build || list.some((i) => i.keyword === 'HEALTHCHECK')) return changes.output();
    const start = startCommand(stage);
    const argv = start.entrypoint ?? start.cmd;
    if (start.shellForm || !argv || argv[0].split('/').pop() !== 'java') return changes.output();
    const jarIdx = argv.indexOf('-jar');
    const jar = jarIdx >= 0 ? argv[jarIdx + 1] : undefined;
    if (!jar || /[$*?]/.test(jar) || !jar.endsWith('.jar')) return changes.output();
    const wd = workdirAt(stage, null)!;
    const jarPath = resolvePath(wd, jar);
    // a jar whose manifest points at copied dependencies (target/lib), a start that names source files,
    // or packages the program calls (ffmpeg) need more than the jar: left alone
    if (/copy-dependencies|installDist|distZip/.test(build.argsText)) return changes.output();
    if (argv.some((a) => /(^|[=:/])src\//.test(a))) return changes.output();
    if (list.some((i) => i.keyword === 'RUN' && i.index < build.index && splitPackages(model, i)?.runtime.some((p) => !JAVA_BUILD_ONLY.test(p)))) return changes.output();

    const w = writerFor(model);
    const image = stage.from.words[0].value;
    const asKw = w.style.lowerKeywords ? 'as' : 'AS';
    const runtime = `eclipse-temurin:${version}-jre`;
    w.line(fromLine(model, stage, `${image} ${asKw} build`));
    for (const ins of list) {
      if (ins.index > build.index) break;
      if (!METADATA.has(ins.keyword)) w.line(source(model, ins));
    }
    w.blank();
    w.line(`${stage.from.rawKeyword} ${runtime}`);
    for (const ins of list) {
      if (ins === build) w.line(`${w.kw('COPY')} --from=build ${jarPath} ${jarPath}`);
      // files copied in after the build are what the program reads at run time (config)
      else if (SHARED.has(ins.keyword) || METADATA.has(ins.keyword) || (ins.index > build.index && (ins.keyword === 'COPY' || ins.keyword === 'ADD'))) w.line(source(model, ins));
    }
    changes.add(
      `Build with ${repo}, ship the jar on ${runtime}`,
      `${image} carries a full JDK and the build tool's downloads (the ~/.m2 or ~/.gradle repository), none of which the program needs to run. ` +
        `The build stage builds the jar; the runtime stage is ${runtime} (a Java ${version} runtime without the compiler) with only ${jarPath}. ` +
        'Other files the program reads from the source tree at run time are not copied: add them if it needs them.',
      [replaceStage(model, stage, w.text())],
    );
    return changes.output();
  },
};
