import { describe, it, expect } from 'vitest';
import { parseDockerfile } from '../../model/parse';
import { lint, fixOnce, type LintOptions } from '../testing';
import { rule } from './multiple-cmd';

const opts: LintOptions = {};

describe(rule.id, () => {
  it('flags the bad example and passes the good one', () => {
    const ex: LintOptions = opts;
    expect(lint(rule, rule.examples.bad, ex).length).toBeGreaterThan(0);
    expect(lint(rule, rule.examples.good, ex)).toEqual([]);
  });
  it("fires: FROM debian / CMD bash / RUN foo / CMD another", () => {
    expect(lint(rule, "FROM debian\nCMD bash\nRUN foo\nCMD another", opts).map((d) => d.line)).toEqual([4]);
  });
  it("fires: FROM debian as distro1 / CMD bash / RUN foo / CMD another / FROM debian as distro2 / CMD another", () => {
    expect(lint(rule, "FROM debian as distro1\nCMD bash\nRUN foo\nCMD another\nFROM debian as distro2\nCMD another", opts).map((d) => d.line)).toEqual([4]);
  });
  it("quiet: FROM debian as distro1 / CMD bash / RUN foo / FROM debian as distro2 / CMD another", () => {
    expect(lint(rule, "FROM debian as distro1\nCMD bash\nRUN foo\nFROM debian as distro2\nCMD another", opts)).toEqual([]);
  });
  it("quiet: CMD /bin/true", () => {
    expect(lint(rule, "CMD /bin/true", opts)).toEqual([]);
  });
});
