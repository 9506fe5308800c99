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
  it('copies cargo install binaries', () => {
    expect(rewrite(pass, 'FROM rust:1\nCOPY . .\nRUN cargo install --path .\nCMD ["app"]\n')).toContain('COPY --from=build /usr/local/cargo/bin/app /usr/local/cargo/bin/app\n');
  });
  it('leaves debug builds', () => {
    expect(runPass(pass, 'FROM rust:1\nCOPY . .\nRUN cargo build\nCMD ["./target/debug/app"]\n').changes).toHaveLength(0);
  });
});
