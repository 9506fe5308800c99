import { cacheMountRule, hasAnyArg } from './_cache-mount';

export const rule = cacheMountRule({
  id: 'cargo-without-cache-mount',
  alias: 'DL3069',
  tool: 'cargo',
  matches: (cmd) => hasAnyArg(cmd, ['cargo'], ['build', 'install', 'fetch', 'test', 'check', 'clippy']),
  cachePaths: ['.cargo', 'cargo/registry', 'cargo/git'],
  suggestion: '--mount=type=cache,target=/root/.cargo/registry --mount=type=cache,target=/root/.cargo/git',
  bad: 'FROM rust:1.79\nWORKDIR /src\nCOPY . .\nRUN cargo build --release',
  good: 'FROM rust:1.79\nWORKDIR /src\nCOPY . .\nRUN --mount=type=cache,target=/usr/local/cargo/registry --mount=type=cache,target=/root/.cargo/git cargo build --release',
});
