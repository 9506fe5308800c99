import { describe, it, expect } from 'vitest';
import { parseDockerfile } from '../../model/parse';
import { lint, fixOnce, type LintOptions } from '../testing';
import { rule } from './copy-whole-filesystem-from-stage';

const opts: LintOptions = {};

describe(rule.id, () => {
  it('flags the bad example and passes the good one', () => {
    const ex: LintOptions = opts;
    expect(lint(rule, rule.examples.bad, ex).length).toBeGreaterThan(0);
    expect(lint(rule, rule.examples.good, ex)).toEqual([]);
  });
  it("fires: COPY --from=build / /", () => {
    expect(lint(rule, "COPY --from=build / /", opts).map((d) => d.line)).toEqual([1]);
  });
  it("fires: COPY --from=build \"/\" \"/\"", () => {
    expect(lint(rule, "COPY --from=build \"/\" \"/\"", opts).map((d) => d.line)).toEqual([1]);
  });
  it("quiet: COPY / /", () => {
    expect(lint(rule, "COPY / /", opts)).toEqual([]);
  });
  it("quiet: COPY --from=build /app /", () => {
    expect(lint(rule, "COPY --from=build /app /", opts)).toEqual([]);
  });
  it("quiet: COPY --from=build / /app", () => {
    expect(lint(rule, "COPY --from=build / /app", opts)).toEqual([]);
  });
});
