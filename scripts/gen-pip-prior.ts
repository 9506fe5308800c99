// Derives the size of an unseen `pip install -r requirements.txt` (pipRequirementsUnknown in
// lib/data/size-defaults.json) from a sample of real requirements files: each file is sized with
// the estimator's own wheel table and dependency closure, and the entry becomes the sample's
// median, with p10..p90 as its range. Run: npx tsx scripts/gen-pip-prior.ts
import { readFileSync, writeFileSync } from 'node:fs';
import { pipInstall } from '../lib/size/python';

const root = new URL('..', import.meta.url).pathname;
const sample = JSON.parse(readFileSync(`${root}scripts/data/requirements-sample.json`, 'utf8')) as { files: { names: string[]; cpuIndex: boolean }[] };
const sizes = sample.files.map((f) => pipInstall(f.names, new Set(), f.cpuIndex).installed).sort((a, b) => a - b);
const at = (p: number) => sizes[Math.round(p * (sizes.length - 1))];
const round = (n: number) => Math.round(n / 1e6) * 1e6;
const [median, p10, p90] = [round(at(0.5)), round(at(0.1)), round(at(0.9))];
const entry = [median, p10, p90, 'estimated', `pip install -r of unseen requirements: median of ${sizes.length} real requirements files (scripts/data/requirements-sample.json) sized with python-packages.json, range p10..p90; ML stacks (torch) make the mean (${(sizes.reduce((a, b) => a + b, 0) / sizes.length / 1e9).toFixed(1)} GB) far above it`];
const file = `${root}lib/data/size-defaults.json`;
const text = readFileSync(file, 'utf8');
const line = /^(\s*"pipRequirementsUnknown": ).*$/m;
if (!line.test(text)) throw new Error('pipRequirementsUnknown not found');
writeFileSync(file, text.replace(line, (_m, lead: string) => `${lead}${JSON.stringify(entry)},`));
console.log(`pipRequirementsUnknown: median ${median / 1e6} MB, p10 ${p10 / 1e6} MB, p90 ${p90 / 1e6} MB over ${sizes.length} files`);
