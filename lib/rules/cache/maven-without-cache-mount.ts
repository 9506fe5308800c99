import { cacheMountRule, hasAnyArg } from './_cache-mount';

export const rule = cacheMountRule({
  id: 'maven-without-cache-mount',
  alias: 'DL3071',
  tool: 'Maven',
  matches: (cmd) => ['mvn', 'mvnw'].includes(cmd.base) && cmd.args.some((a) => !a.startsWith('-')),
  cachePaths: ['.m2'],
  suggestion: '--mount=type=cache,target=/root/.m2',
  bad: 'FROM maven:3.9-eclipse-temurin-21\nWORKDIR /src\nCOPY . .\nRUN mvn package',
  good: 'FROM maven:3.9-eclipse-temurin-21\nWORKDIR /src\nCOPY . .\nRUN --mount=type=cache,target=/root/.m2 mvn package',
});
