import { describe, it, expect } from 'vitest';
import { parseDockerfile } from '../../model/parse';
import { lint, fixOnce, type LintOptions } from '../testing';
import { rule } from './pipe-without-pipefail';

const opts: LintOptions = {};

describe(rule.id, () => {
  it('flags the bad example and passes the good one', () => {
    const ex: LintOptions = opts;
    expect(lint(rule, rule.examples.bad, ex).length).toBeGreaterThan(0);
    expect(lint(rule, rule.examples.good, ex)).toEqual([]);
  });
  it("fires: FROM scratch / RUN wget -O - https://some.site | wc -l > /number", () => {
    expect(lint(rule, "FROM scratch\nRUN wget -O - https://some.site | wc -l > /number", opts).map((d) => d.line)).toEqual([2]);
  });
  it("fires: FROM scratch as build / SHELL [\"/bin/sh\", \"-o\", \"pipefail\", \"-c\"] / RUN wget -O - https://some.site | wc -l file > /number", () => {
    expect(lint(rule, "FROM scratch as build\nSHELL [\"/bin/sh\", \"-o\", \"pipefail\", \"-c\"]\nRUN wget -O - https://some.site | wc -l file > /number", opts).map((d) => d.line)).toEqual([3]);
  });
  it("fires: FROM scratch as build / SHELL [\"/bin/bash\", \"-o\", \"pipefail\", \"-c\"] / RUN wget -O - https://some.site | wc -l file > /number / FROM scratch as build2 / RUN wget -O - https://some.site | wc -l file > /number", () => {
    expect(lint(rule, "FROM scratch as build\nSHELL [\"/bin/bash\", \"-o\", \"pipefail\", \"-c\"]\nRUN wget -O - https://some.site | wc -l file > /number\nFROM scratch as build2\nRUN wget -O - https://some.site | wc -l file > /number", opts).map((d) => d.line)).toEqual([5]);
  });
  it("fires: FROM scratch as build / SHELL [\"/bin/bash\", \"-o\", \"pipefail\", \"-c\"] / RUN wget -O - https://some.site | wc -l file > /number / SHELL [\"/bin/sh\", \"-c\"] / RUN wget -O - https://some.site | wc -l file > /number", () => {
    expect(lint(rule, "FROM scratch as build\nSHELL [\"/bin/bash\", \"-o\", \"pipefail\", \"-c\"]\nRUN wget -O - https://some.site | wc -l file > /number\nSHELL [\"/bin/sh\", \"-c\"]\nRUN wget -O - https://some.site | wc -l file > /number", opts).map((d) => d.line)).toEqual([5]);
  });
  it("fires: FROM a / RUN a | b; set -o pipefail", () => {
    expect(lint(rule, "FROM a\nRUN a | b; set -o pipefail", opts).map((d) => d.line)).toEqual([2]);
  });
  it("quiet: FROM scratch as build / RUN wget -O - https://some.site && wc -l file > /number", () => {
    expect(lint(rule, "FROM scratch as build\nRUN wget -O - https://some.site && wc -l file > /number", opts)).toEqual([]);
  });
  it("quiet: FROM scratch as build / SHELL [\"/bin/bash\", \"-eo\", \"pipefail\", \"-c\"] / RUN wget -O - https://some.site | wc -l file > /number", () => {
    expect(lint(rule, "FROM scratch as build\nSHELL [\"/bin/bash\", \"-eo\", \"pipefail\", \"-c\"]\nRUN wget -O - https://some.site | wc -l file > /number", opts)).toEqual([]);
  });
  it("quiet: FROM scratch as build / SHELL [\"/bin/bash\", \"-e\", \"-o\", \"pipefail\", \"-c\"] / RUN wget -O - https://some.site | wc -l file > /number", () => {
    expect(lint(rule, "FROM scratch as build\nSHELL [\"/bin/bash\", \"-e\", \"-o\", \"pipefail\", \"-c\"]\nRUN wget -O - https://some.site | wc -l file > /number", opts)).toEqual([]);
  });
  it("quiet: FROM scratch as build / SHELL [\"/bin/bash\", \"-o\", \"errexit\", \"-o\", \"pipefail\", \"-c\"] / RUN wget -O - https://some.site | wc -l file > /number", () => {
    expect(lint(rule, "FROM scratch as build\nSHELL [\"/bin/bash\", \"-o\", \"errexit\", \"-o\", \"pipefail\", \"-c\"]\nRUN wget -O - https://some.site | wc -l file > /number", opts)).toEqual([]);
  });
  it("quiet: FROM scratch as build / SHELL [\"/bin/zsh\", \"-o\", \"pipefail\", \"-c\"] / RUN wget -O - https://some.site | wc -l file > /number", () => {
    expect(lint(rule, "FROM scratch as build\nSHELL [\"/bin/zsh\", \"-o\", \"pipefail\", \"-c\"]\nRUN wget -O - https://some.site | wc -l file > /number", opts)).toEqual([]);
  });
  it("quiet: FROM scratch as build / SHELL [\"/usr/bin/bash\", \"-o\", \"pipefail\", \"-c\"] / RUN wget -O - https://some.site | wc -l file > /number", () => {
    expect(lint(rule, "FROM scratch as build\nSHELL [\"/usr/bin/bash\", \"-o\", \"pipefail\", \"-c\"]\nRUN wget -O - https://some.site | wc -l file > /number", opts)).toEqual([]);
  });
  it("quiet: FROM scratch as build / SHELL [\"/usr/local/bin/zsh\", \"-o\", \"pipefail\", \"-c\"] / RUN wget -O - https://some.site | wc -l file > /number", () => {
    expect(lint(rule, "FROM scratch as build\nSHELL [\"/usr/local/bin/zsh\", \"-o\", \"pipefail\", \"-c\"]\nRUN wget -O - https://some.site | wc -l file > /number", opts)).toEqual([]);
  });
  it("quiet: FROM scratch as build / SHELL [\"pwsh\", \"-c\"] / RUN Get-Variable PSVersionTable | Select-Object -ExpandProperty Value", () => {
    expect(lint(rule, "FROM scratch as build\nSHELL [\"pwsh\", \"-c\"]\nRUN Get-Variable PSVersionTable | Select-Object -ExpandProperty Value", opts)).toEqual([]);
  });
  it("quiet: FROM mcr.microsoft.com/powershell:ubuntu-16.04 / SHELL [ \"powershell.exe\" ] / RUN Get-Variable PSVersionTable | Select-Object -ExpandProperty Value", () => {
    expect(lint(rule, "FROM mcr.microsoft.com/powershell:ubuntu-16.04\nSHELL [ \"powershell.exe\" ]\nRUN Get-Variable PSVersionTable | Select-Object -ExpandProperty Value", opts)).toEqual([]);
  });
  it("quiet: FROM mcr.microsoft.com/powershell:ubuntu-16.04 / SHELL [ \"cmd.exe\", \"/c\" ] / RUN Get-Variable PSVersionTable | Select-Object -ExpandProperty Value", () => {
    expect(lint(rule, "FROM mcr.microsoft.com/powershell:ubuntu-16.04\nSHELL [ \"cmd.exe\", \"/c\" ]\nRUN Get-Variable PSVersionTable | Select-Object -ExpandProperty Value", opts)).toEqual([]);
  });
  it("quiet: FROM a / RUN set -euxo pipefail; curl -fsSL x | tar -xz", () => {
    expect(lint(rule, "FROM a\nRUN set -euxo pipefail; curl -fsSL x | tar -xz", opts)).toEqual([]);
  });
});
