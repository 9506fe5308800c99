import { describe, it, expect } from 'vitest';
import { pass, javaVersion } from './multi-stage-java';
import { rewrite, runPass, parsesCleanly } from '../testing';

describe('multi-stage-java', () => {
  it('ships the jar on the matching Temurin JRE', () => {
    const out = rewrite(pass, 'FROM maven:3.9-eclipse-temurin-17\nWORKDIR /app\nCOPY . .\nRUN mvn -B package\nCMD ["java", "-jar", "target/app.jar"]\n');
    expect(out).toBe(
      'FROM maven:3.9-eclipse-temurin-17 AS build\nWORKDIR /app\nCOPY . .\nRUN mvn -B package\n\n' +
        'FROM eclipse-temurin:17-jre\nWORKDIR /app\nCOPY --from=build /app/target/app.jar /app/target/app.jar\nCMD ["java", "-jar", "target/app.jar"]\n',
    );
    expect(parsesCleanly(out)).toBe(true);
  });
  it('leaves globbed jars and files without a build', () => {
    expect(runPass(pass, 'FROM maven:3.9-eclipse-temurin-17\nRUN mvn package\nCMD java -jar target/*.jar\n').changes).toHaveLength(0);
    expect(runPass(pass, 'FROM openjdk:11\nCOPY app.jar /app.jar\nCMD ["java", "-jar", "/app.jar"]\n').changes).toHaveLength(0);
  });
  it('gives the runtime the files copied in after the build, and leaves jars that need more than themselves', () => {
    const base = 'FROM maven:3.9-eclipse-temurin-21\nWORKDIR /app\nCOPY . .\nRUN mvn -B package -DskipTests\n';
    const out = rewrite(pass, base + 'COPY config ./config\nCMD ["java", "-jar", "target/app.jar"]\n');
    expect(out.split('\n\n')[1]).toContain('COPY --from=build /app/target/app.jar /app/target/app.jar\nCOPY config ./config\n');
    for (const text of [
      base.replace('mvn -B package', 'mvn -B package dependency:copy-dependencies -DoutputDirectory=target/lib') + 'CMD ["java", "-jar", "target/app.jar"]\n',
      base + 'CMD ["java", "-jar", "target/app.jar", "--spring.config.location=file:./src/main/resources/application.yml"]\n',
      base.replace('WORKDIR /app\n', 'WORKDIR /app\nRUN apt-get update && apt-get install -y ffmpeg fontconfig\n') + 'CMD ["java", "-jar", "target/app.jar"]\n',
    ]) expect(runPass(pass, text).changes, text).toHaveLength(0);
  });
  it('reads the Java version from tags', () => {
    expect(javaVersion('maven', '3.8.5-openjdk-17')).toBe(17);
    expect(javaVersion('gradle', '8-jdk21')).toBe(21);
    expect(javaVersion('openjdk', '11')).toBe(11);
  });
});
