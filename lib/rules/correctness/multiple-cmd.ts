import type { Rule } from '../types';
import { repeatedInStage } from './_repeated';

export const rule: Rule = {
  id: 'multiple-cmd',
  title: 'More than one CMD in a stage',
  category: 'correctness',
  severity: 'warning',
  aliases: ['DL4003', 'AVD-DS-0016', 'DS016'],
  lesson: 'layers',
  explanation:
    'Only the last CMD of a stage takes effect; the earlier ones are silently ignored. A second CMD is usually a leftover or a misunderstanding (several processes need a process manager or several containers). Keep one CMD per stage.',
  examples: {
    bad: 'FROM python:3.12-slim\nCMD ["python", "worker.py"]\nCMD ["python", "web.py"]',
    good: 'FROM python:3.12-slim\nCMD ["python", "web.py"]',
  },
  check(ctx) {
    for (const ins of repeatedInStage(ctx.model, 'CMD')) {
      ctx.report({ span: ins.span, message: 'A CMD was already given in this stage: only the last one takes effect. Keep one.' });
    }
  },
};
