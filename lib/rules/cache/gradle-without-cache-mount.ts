import { cacheMountRule, hasAnyArg } from './_cache-mount';

export const rule = cacheMountRule({
  id: 'gradle-without-cache-mount',
  alias: 'DL3072',
  tool: 'Gradle',
  matches: (cmd) => ['gradle', 'gradlew'].includes(cmd.base) && cmd.args.some((a) => !a.startsWith('-')),
  cachePaths: ['.gradle'],
  suggestion: '--mount=type=cache,target=/root/.gradle',
  bad: 'FROM gradle:8.8-jdk21\nWORKDIR /src\nCOPY . .\nRUN gradle build',
  good: 'FROM gradle:8.8-jdk21\nWORKDIR /src\nCOPY . .\nRUN --mount=type=cache,target=/root/.gradle gradle build',
});
