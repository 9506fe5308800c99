import { describe, expect, it } from 'vitest';
import { parseDockerfile } from './parse';
import { intendedExecForm } from './intended-exec-form';

const meant = (line: string) => intendedExecForm(parseDockerfile(`FROM alpine\n${line}\n`).instructions[1]);

describe('intendedExecForm', () => {
  it('reads the list behind single quotes, missing quotes and typographic quotes', () => {
    expect(meant('CMD [crond, -f, -l, 8]')).toEqual(['crond', '-f', '-l', '8']);
    expect(meant(`cmd ["python",'app.py']`)).toEqual(['python', 'app.py']);
    expect(meant("ENTRYPOINT ['./run.sh', 'a b']")).toEqual(['./run.sh', 'a b']);
    expect(meant('CMD [\u201cnode\u201d, \u201cserver.js\u201d]')).toEqual(['node', 'server.js']);
    expect(meant('CMD ["a", "b",]')).toEqual(['a', 'b']);
  });
  it('leaves valid JSON, plain shell commands and lists it cannot read', () => {
    expect(meant('CMD ["python", "app.py"]')).toBeNull();
    expect(meant('CMD python app.py')).toBeNull();
    expect(meant('CMD [ -f /x ] && run')).toBeNull();
    expect(meant('CMD [python app.py]')).toBeNull();
    expect(meant("CMD ['unclosed]")).toBeNull();
    expect(meant('CMD []')).toBeNull();
  });
});
