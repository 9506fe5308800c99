import type { Rule } from '../types';
import { instructionsOf } from '../helpers';

export const rule: Rule = {
  id: 'ssh-port-exposed',
  title: 'Port 22 (SSH) is exposed',
  category: 'security',
  severity: 'warning',
  aliases: ['AVD-DS-0004', 'DS004', 'CKV_DOCKER_1'],
  lesson: 'security',
  explanation:
    'Exposing port 22 means the container is meant to run an SSH server: one more daemon, one more set of credentials or keys baked into the image, one more way in. Containers are reached with `docker exec` or `kubectl exec`; drop the SSH server and the EXPOSE.',
  examples: {
    bad: 'FROM ubuntu:24.04\nRUN apt-get update && apt-get install -y openssh-server\nEXPOSE 22',
    good: 'FROM ubuntu:24.04\nEXPOSE 8080',
  },
  check(ctx) {
    for (const ins of instructionsOf(ctx.model, 'EXPOSE')) {
      for (const w of ins.words) {
        if (!/^22(?:\/(?:tcp|udp|sctp))?$/i.test(w.value)) continue;
        ctx.report({ span: ins.span, message: 'Port 22 is exposed, which means an SSH server in the container: use docker exec instead and remove it.' });
      }
    }
  },
};
