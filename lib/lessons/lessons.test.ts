import { describe, expect, it } from 'vitest';
import { LESSON_TITLES } from '../rules/catalog';
import { ALL_RULES } from '../rules/registry';
import { parseDockerfile } from '../model/parse';
import {
  allLessons,
  fillPlaceholders,
  getLesson,
  lessonMeta,
  lessonNeighbors,
  lessonPath,
  LESSON_IDS,
  LESSON_LANGS,
  LESSON_META,
  LESSON_TEXT,
  PLACEHOLDERS,
  placeholderValues,
} from './index';
import { lessonFigures } from './figures';
import { highlightDockerfile } from './highlight';

const ARTICLE_ORDER = ['why-size', 'multi-stage', 'layers', 'minimal-base', 'distroless', 'security'];
const HANGUL = /[\uac00-\ud7a3]/;

function allText(lang: 'en' | 'ko', id: (typeof LESSON_IDS)[number]): string[] {
  const t = LESSON_TEXT[lang][id];
  return [t.title, t.summary, t.beforeCaption, t.afterCaption, ...t.keyPoints, ...t.sections.flatMap((s) => [s.heading, ...s.paragraphs]), ...t.alternatives.flatMap((a) => [a.title, a.note])];
}

describe('lessons content', () => {
  it('has the six lessons in the article order, one per LessonId, with the catalog titles', () => {
    expect([...LESSON_IDS]).toEqual(ARTICLE_ORDER);
    expect(Object.keys(LESSON_TITLES).sort()).toEqual([...ARTICLE_ORDER].sort());
    for (const id of LESSON_IDS) {
      expect(getLesson(id, 'en').title).toBe(LESSON_TITLES[id].en);
      expect(getLesson(id, 'ko').title).toBe(LESSON_TITLES[id].ko);
    }
  });

  it('every lesson exists in both languages with the same structure', () => {
    for (const id of LESSON_IDS) {
      const en = LESSON_TEXT.en[id];
      const ko = LESSON_TEXT.ko[id];
      expect(ko, id).toBeDefined();
      expect(ko.sections.map((s) => s.paragraphs.length), id).toEqual(en.sections.map((s) => s.paragraphs.length));
      expect(ko.keyPoints.length, id).toBe(en.keyPoints.length);
      expect(ko.alternatives.length, id).toBe(en.alternatives.length);
      expect(en.alternatives.length, id).toBe(lessonMeta(id).alternatives.length);
      for (const lang of LESSON_LANGS) for (const s of allText(lang, id)) expect(s.trim().length, `${lang}/${id}`).toBeGreaterThan(0);
      // Korean prose is Korean, English prose is not
      for (const s of allText('ko', id)) expect(HANGUL.test(s), `${id}: ${s}`).toBe(true);
      for (const s of allText('en', id)) expect(HANGUL.test(s), `${id}: ${s}`).toBe(false);
    }
  });

  it('uses the same placeholders in both languages, and only known ones', () => {
    const used = (s: string) => [...s.matchAll(/\{([A-Za-z0-9]+)\}/g)].map((m) => m[1]).sort();
    for (const id of LESSON_IDS) {
      const en = allText('en', id).flatMap(used);
      const ko = allText('ko', id).flatMap(used);
      expect(ko.sort(), id).toEqual(en.sort());
      for (const p of en) expect(PLACEHOLDERS as readonly string[]).toContain(p);
    }
  });

  it('every referenced rule id exists in the registry', () => {
    const ids = new Set(ALL_RULES.map((r) => r.id));
    for (const meta of LESSON_META) {
      expect(meta.rules.length, meta.id).toBeGreaterThan(0);
      for (const r of meta.rules) expect(ids.has(r), `${meta.id}: ${r}`).toBe(true);
    }
  });

  it('most rules a lesson links are rules that name that lesson', () => {
    for (const meta of LESSON_META) {
      const own = meta.rules.filter((r) => ALL_RULES.find((x) => x.id === r)?.lesson === meta.id);
      expect(own.length, meta.id).toBeGreaterThan(0);
    }
  });

  it('every Dockerfile parses without parse diagnostics', () => {
    for (const meta of LESSON_META) {
      for (const [what, text] of [['before', meta.before.dockerfile], ['after', meta.after.dockerfile], ...meta.alternatives.map((a, i) => [`alt${i}`, a.dockerfile])]) {
        const model = parseDockerfile(text);
        expect(model.parseDiagnostics, `${meta.id} ${what}`).toEqual([]);
        expect(model.stages.length, `${meta.id} ${what}`).toBeGreaterThan(0);
      }
    }
  });

  it('prev/next walk the lessons in order and paths follow the routes', () => {
    expect(lessonNeighbors('why-size')).toEqual({ prev: null, next: 'multi-stage' });
    expect(lessonNeighbors('security')).toEqual({ prev: 'distroless', next: null });
    expect(lessonPath('layers', 'en')).toBe('/lessons/layers/');
    expect(lessonPath('layers', 'ko')).toBe('/ko/lessons/layers/');
    expect(allLessons('ko').map((l) => l.id)).toEqual(ARTICLE_ORDER);
  });
});

describe('lesson figures (the estimator on the examples)', () => {
  it('every "after" estimates smaller than its "before", except distroless where the working image is larger than the broken one', () => {
    for (const meta of LESSON_META) {
      const f = lessonFigures(meta);
      expect(f.before.image, meta.id).not.toBeNull();
      expect(f.after.image, meta.id).not.toBeNull();
      if (meta.id === 'distroless') expect(f.after.image!.bytes).toBeGreaterThan(f.before.image!.bytes);
      else expect(f.after.image!.bytes, meta.id).toBeLessThan(f.before.image!.bytes);
    }
  });

  it('the multi-stage "after" estimates far smaller than its "before"', () => {
    const f = lessonFigures(lessonMeta('multi-stage'));
    expect(f.after.image!.bytes).toBeLessThan(f.before.image!.bytes * 0.4);
    expect(f.reduction!).toBeGreaterThan(0.6);
    // the build tools are reported in the single-stage file and gone from the two-stage one
    expect(f.before.diagnostics.map((d) => d.rule)).toContain('build-tools-in-final-stage');
    expect(f.after.diagnostics.map((d) => d.rule)).not.toContain('build-tools-in-final-stage');
  });

  it('the article example is big, and the why-size "after" is much smaller', () => {
    const f = lessonFigures(lessonMeta('why-size'));
    expect(f.before.image!.bytes).toBeGreaterThan(900e6);
    expect(f.after.image!.bytes).toBeLessThan(f.before.image!.bytes / 3);
    expect(f.before.baseBytes).toBeGreaterThan(0);
  });

  it('the layers lesson fixes what it teaches', () => {
    const f = lessonFigures(lessonMeta('layers'));
    const before = f.before.diagnostics.map((d) => d.rule);
    const after = f.after.diagnostics.map((d) => d.rule);
    for (const r of ['consecutive-run-instructions', 'cleanup-in-later-layer', 'pip-cache-not-disabled', 'apt-lists-not-deleted']) {
      expect(before, r).toContain(r);
      expect(after, r).not.toContain(r);
    }
  });

  it('the security "after" has no security findings and the "before" has several', () => {
    const f = lessonFigures(lessonMeta('security'));
    const securityRules = new Set(ALL_RULES.filter((r) => r.category === 'security').map((r) => r.id));
    expect(f.after.diagnostics.filter((d) => securityRules.has(d.rule))).toEqual([]);
    expect(f.before.diagnostics.filter((d) => securityRules.has(d.rule)).length).toBeGreaterThanOrEqual(4);
  });

  it('the distroless "before" is the article recipe and the analyzer flags it; no recommended file puts PyInstaller on scratch', () => {
    const meta = lessonMeta('distroless');
    expect(meta.before.dockerfile).toMatch(/FROM scratch/);
    expect(meta.before.dockerfile).toMatch(/pyinstaller --onefile/);
    const f = lessonFigures(meta);
    expect(f.before.diagnostics.map((d) => d.rule)).toContain('pyinstaller-binary-without-libc');
    for (const [i, ex] of [meta.after, ...meta.alternatives].entries()) {
      const model = parseDockerfile(ex.dockerfile);
      const last = model.stages[model.stages.length - 1];
      expect(last.isScratch, `recommended #${i}`).toBe(false);
      expect(ex.dockerfile, `recommended #${i}`).not.toMatch(/FROM\s+scratch/i);
    }
    for (const ex of [f.after, ...f.alternatives]) expect(ex.diagnostics.map((d) => d.rule)).not.toContain('pyinstaller-binary-without-libc');
    // Every recommended file of every lesson: never PyInstaller on scratch
    for (const m of LESSON_META) {
      for (const ex of [m.after, ...m.alternatives]) {
        if (/pyinstaller/i.test(ex.dockerfile)) expect(ex.dockerfile, m.id).not.toMatch(/FROM\s+scratch/i);
      }
    }
    // and the prose says why, in both languages
    const en = allText('en', 'distroless').join(' ');
    const ko = allText('ko', 'distroless').join(' ');
    for (const text of [en, ko]) {
      expect(text).toMatch(/glibc/);
      expect(text).toMatch(/\/tmp/);
      expect(text).toMatch(/distroless\/cc-debian13/);
    }
  });

  it('placeholders are all filled with real figures', () => {
    for (const meta of LESSON_META) {
      const values = placeholderValues(lessonFigures(meta), 'en');
      for (const lang of LESSON_LANGS) {
        for (const s of allText(lang, meta.id)) {
          const filled = fillPlaceholders(s, placeholderValues(lessonFigures(meta), lang));
          expect(filled, `${lang}/${meta.id}`).not.toMatch(/\{[A-Za-z0-9]+\}/);
          expect(filled, `${lang}/${meta.id}`).not.toMatch(/\?\s?(MB|GB|%)|\{|\}/);
        }
      }
      expect(values.beforeSize).toMatch(/\d/);
    }
  });
});

describe('highlightDockerfile', () => {
  it('keeps the text and marks keywords, comments, flags and strings', () => {
    for (const meta of LESSON_META) {
      const text = meta.after.dockerfile;
      const lines = highlightDockerfile(text);
      expect(lines.map((l) => l.map((t) => t.text).join('')).join('\n')).toBe(text.replace(/\n$/, ''));
    }
    const [first, second, third] = highlightDockerfile('# hi\nFROM python:3.12-slim AS builder\nRUN pip install --no-cache-dir "x" \\\n    && echo $HOME\n');
    expect(first).toEqual([{ kind: 'comment', text: '# hi' }]);
    expect(second.filter((t) => t.kind === 'keyword').map((t) => t.text)).toEqual(['FROM', 'AS']);
    expect(third.find((t) => t.kind === 'flag')?.text).toBe('--no-cache-dir');
    expect(third.find((t) => t.kind === 'string')?.text).toBe('"x"');
  });
});
