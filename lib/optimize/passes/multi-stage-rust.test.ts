import { describe, it, expect } from 'vitest';
import { pass } from './multi-stage-rust';
import { rewrite, runPass, parsesCleanly } from '../testing';

describe('multi-stage-rust', () => {
  it('ships the release binary on the same Debian release', () => {
    const out = rewrite(pass, 'FROM rust:1-bookworm\nWORKDIR /src\nCOPY . .\nRUN cargo build --release\nCMD ["./target/release/app"]\n');
    expect(out).toContain('FROM debian:bookworm-slim\n');
    expect(out).toContain('COPY --from=build /src/target/release/app /src/target/release/app\n');
    expect(parsesCleanly(out)).toBe(true);
  });
  it('copies cargo install binaries onto the runtime\'s PATH', () => {
    // /usr/local/cargo/bin is on PATH in the rust image only
    expect(rewrite(pass, 'FROM rust:1\nCOPY . .\nRUN cargo install --path .\nCMD ["app"]\n')).toContain('COPY --from=build /usr/local/cargo/bin/app /usr/local/bin/app\n');
  });
  it('ships the runtime packages and the files copied in after the build, and leaves a -dev package it cannot name', () => {
    const out = rewrite(pass, 'FROM rust:1.80-bookworm\nWORKDIR /app\nRUN apt-get update && apt-get install -y libpq-dev ffmpeg pkg-config\nCOPY . .\nRUN cargo build --release\nCOPY templates ./templates\nCMD ["./target/release/server"]\n');
    const runtime = out.split('\n\n')[1];
    expect(runtime).toMatch(/apt-get install -y --no-install-recommends ca-certificates libpq5 ffmpeg/);
    expect(runtime).not.toMatch(/pkg-config/);
    expect(runtime).toContain('COPY --from=build /app/target/release/server /app/target/release/server\nCOPY templates ./templates\n');
    expect(runPass(pass, 'FROM rust:1\nRUN apt-get update && apt-get install -y libsomething-unknown-dev\nCOPY . .\nRUN cargo build --release\nCMD ["./target/release/app"]\n').changes).toHaveLength(0);
  });
  it('leaves debug builds', () => {
    expect(runPass(pass, 'FROM rust:1\nCOPY . .\nRUN cargo build\nCMD ["./target/debug/app"]\n').changes).toHaveLength(0);
  });
});
