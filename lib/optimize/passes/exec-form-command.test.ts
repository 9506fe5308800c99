import { describe, it, expect } from 'vitest';
import { pass } from './exec-form-command';
import { rewrite, runPass } from '../testing';

describe('exec-form-command', () => {
  it('writes a plain shell-form CMD as JSON', () => {
    expect(rewrite(pass, 'FROM x\nCMD python app.py --port 80\n')).toBe('FROM x\nCMD ["python", "app.py", "--port", "80"]\n');
    expect(rewrite(pass, "FROM x\nCMD node 'my app.js'\n")).toBe('FROM x\nCMD ["node", "my app.js"]\n');
    expect(rewrite(pass, 'FROM x\nENTRYPOINT exec gunicorn app:app\n')).toBe('FROM x\nENTRYPOINT ["gunicorn", "app:app"]\n');
  });
  it('leaves anything that needs a shell', () => {
    for (const cmd of ['echo $HOME', 'a && b', 'a | b', 'a > log', 'X=1 a', 'cd /x', 'ls *.txt']) {
      expect(runPass(pass, `FROM x\nCMD ${cmd}\n`).changes).toHaveLength(0);
    }
  });
  it('writes a bracketed list that is not JSON as the list it meant, never as garbage', () => {
    expect(rewrite(pass, 'FROM x\nCMD [crond, -f, -l, 8]\n')).toBe('FROM x\nCMD ["crond", "-f", "-l", "8"]\n');
    const r = runPass(pass, `FROM x\ncmd ["python",'app.py']\n`);
    expect(r.changes[0].why).toMatch(/not valid JSON/);
    expect(rewrite(pass, `FROM x\ncmd ["python",'app.py']\n`)).toBe('FROM x\ncmd ["python", "app.py"]\n');
    expect(runPass(pass, 'FROM x\nCMD [python app.py]\n').changes).toHaveLength(0);
  });
  it('leaves stages with their own SHELL (cmd.exe on Windows) alone', () => {
    expect(runPass(pass, 'FROM mcr.microsoft.com/windows/servercore:ltsc2022\nSHELL ["cmd", "/S", "/C"]\nCMD echo Build Complete. DLL is at C:\\pjsip\\pjsua2.dll\n').changes).toHaveLength(0);
    expect(runPass(pass, '# escape=`\nFROM mcr.microsoft.com/windows/nanoserver:ltsc2022\nCMD app.exe --port 80\n').changes).toHaveLength(0);
  });
  it('does not change how ENTRYPOINT and CMD combine', () => {
    expect(runPass(pass, 'FROM x\nENTRYPOINT run.sh\nCMD ["a"]\n').changes).toHaveLength(0);
    expect(runPass(pass, 'FROM x\nENTRYPOINT ["run.sh"]\nCMD serve now\n').changes).toHaveLength(0);
  });
  it('leaves a shell script started in shell form: without a #! line only the shell can run it', () => {
    expect(runPass(pass, 'FROM node:12\nCOPY . .\nCMD ./start_test_server.sh\n').changes).toHaveLength(0);
    expect(runPass(pass, 'FROM x\nENTRYPOINT /usr/local/bin/run.bash --now\n').changes).toHaveLength(0);
    expect(rewrite(pass, 'FROM x\nCMD ./server --port 80\n')).toBe('FROM x\nCMD ["./server", "--port", "80"]\n');
  });
});
