import type { Instruction, Stage } from '../../model/types';
import type { Rule } from '../types';
import { baseImageEnv, findVarRefs, isAlwaysKnown, suggest } from './_buildkit';

/** Instructions whose arguments Docker itself expands (RUN, CMD, ENTRYPOINT are left to the shell). */
const EXPANDED = new Set(['ADD', 'COPY', 'ENV', 'EXPOSE', 'LABEL', 'STOPSIGNAL', 'USER', 'VOLUME', 'WORKDIR', 'ARG']);
const EXPANDED_FLAGS = new Set(['chown', 'chmod', 'from']);
/** Names that practically every image config sets: with an unknown base image they are never a typo of a nearby name. */
const IMAGE_ENV = new Set(['PATH', 'HOME', 'HOSTNAME', 'LANG', 'TERM']);

/**
 * The names an ARG/ENV pair declares. `ARG A B C` declares three build arguments (BuildKit splits ARG on whitespace),
 * but the model reads it like the legacy `ENV key value` form, so the words of the value are names too.
 */
function declaredNames(ins: Instruction, p: Instruction['pairs'][number]): string[] {
  if (ins.keyword !== 'ARG' || p.hasEquals || !p.value.trim()) return [p.key];
  return [p.key, ...p.value.trim().split(/\s+/).map((w) => w.split('=')[0]).filter((w) => /^[A-Za-z_][A-Za-z0-9_]*$/.test(w))];
}

export const rule: Rule = {
  id: 'undefined-variable',
  title: 'Variable used before it is defined',
  category: 'correctness',
  severity: 'warning',
  aliases: ['UndefinedVar'],
  lesson: 'layers',
  explanation:
    'Docker expands `$NAME` in COPY, ENV, WORKDIR and similar instructions itself, and an unknown name quietly becomes an empty string: `COPY $SRC .` copies the whole context, `ENV PATH=$PAHT:/bin` loses the PATH. A variable must come from an ARG or ENV earlier in the stage (or the stage it builds on) or from the base image. Global ARGs must be declared again inside the stage. RUN is not checked: the shell expands variables there.',
  examples: {
    bad: 'FROM alpine:3.20\nCOPY $APP_DIR /app',
    good: 'FROM alpine:3.20\nARG APP_DIR=dist\nCOPY $APP_DIR /app',
  },
  check(ctx) {
    const model = ctx.model;
    const globals = model.globalArgs.map((a) => a.name);
    const finalEnv = new Map<number, Set<string> | null>();
    // the names each stage ends with: children start from them (null = base image unknown)
    const envAtEnd = (stage: Stage): Set<string> | null => {
      if (finalEnv.has(stage.index)) return finalEnv.get(stage.index)!;
      finalEnv.set(stage.index, null); // cycle guard
      const start = baseImageEnv(model, stage, envAtEnd);
      const env = start ? new Set(start) : null;
      const seen = new Set(env ?? []);
      for (const ins of stage.instructions) {
        for (const p of ins.keyword === 'ARG' || ins.keyword === 'ENV' ? ins.pairs : []) for (const n of declaredNames(ins, p)) seen.add(n);
      }
      const result = env ? seen : null;
      // unknown bases still carry the names the stage defines, for suggestions
      finalEnv.set(stage.index, result);
      definedNames.set(stage.index, seen);
      return result;
    };
    const definedNames = new Map<number, Set<string>>();

    for (const stage of model.stages) {
      const start = baseImageEnv(model, stage, envAtEnd);
      const known = start !== null;
      const defined = new Set<string>(start ?? []);
      if (!known && stage.baseStage !== null) {
        envAtEnd(model.stages[stage.baseStage]);
        for (const n of definedNames.get(stage.baseStage) ?? []) defined.add(n);
      }
      for (const ins of stage.instructions) {
        if (!EXPANDED.has(ins.keyword)) continue;
        const reported = new Set<string>();
        const check = (text: string) => {
          for (const ref of findVarRefs(text, model.escapeChar)) {
            if (defined.has(ref.name) || isAlwaysKnown(ref.name) || reported.has(ref.name)) continue;
            const hint = suggest(ref.name, [...defined, ...globals]);
            // with an unknown base image the name may come from its config: only a likely typo is reported
            if (!known && (!hint || IMAGE_ENV.has(ref.name))) continue;
            reported.add(ref.name);
            ctx.report({ span: ins.span, message: message(ins, ref.name, hint, globals.includes(ref.name)) });
          }
        };
        if (ins.keyword === 'ARG' || ins.keyword === 'ENV' || ins.keyword === 'LABEL') {
          const added: string[] = [];
          for (const p of ins.pairs) {
            const raw = model.text.slice(p.span.startOffset, p.span.endOffset);
            const eq = p.hasEquals ? raw.indexOf('=') : p.key.length;
            check(raw.slice(eq + 1));
            // ARG pairs take effect one by one; ENV pairs all see the environment from before the line
            if (ins.keyword === 'ARG') for (const n of declaredNames(ins, p)) defined.add(n);
            else if (ins.keyword === 'ENV') added.push(p.key);
          }
          for (const k of added) defined.add(k);
          continue;
        }
        check(ins.argsText);
        for (const f of ins.flags) if (f.value && EXPANDED_FLAGS.has(f.name.toLowerCase())) check(f.value);
      }
    }
  },
};

function message(ins: Instruction, name: string, hint: string | null, isGlobal: boolean): string {
  if (isGlobal && hint === null) {
    return `$${name} is a global ARG, which ${ins.keyword} cannot see: declare 'ARG ${name}' inside this stage.`;
  }
  return `Usage of undefined variable '$${name}'${hint ? ` (did you mean $${hint}?)` : ''}: it expands to an empty string; declare it with ARG or ENV first.`;
}
