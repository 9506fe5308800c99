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
  it('reads the Java version from tags', () => {
    expect(javaVersion('maven', '3.8.5-openjdk-17')).toBe(17);
    expect(javaVersion('gradle', '8-jdk21')).toBe(21);
    expect(javaVersion('openjdk', '11')).toBe(11);
  });
});
